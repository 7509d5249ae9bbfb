"use server";

import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { saveBrand, saveSizeChart } from "@/lib/admin/content/save-brand";
import { revalidateStorefront } from "@/lib/admin/revalidate-storefront";
import { runAdminAction } from "@/lib/admin/run-admin-action";

const optionalId = z.union([z.null(), z.string().min(1).max(40)]);

export async function saveBrandAction(brandId: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [brandId, values], async (actor) => {
    const id = optionalId.parse(brandId);
    const saved = await saveBrand(actor, id, values);
    revalidateStorefront();
    return { ok: true, message: id ? "Brand saved." : "Brand added. Add its size chart next.", id: saved.id };
  });
}

export async function saveSizeChartAction(brandId: unknown, chart: unknown): Promise<ActionState> {
  return runAdminAction("staff", [brandId, chart], async (actor) => {
    const { rows } = await saveSizeChart(actor, z.string().min(1).max(40).parse(brandId), chart);
    revalidateStorefront();
    return { ok: true, message: `Size chart saved (${rows} sizes). The fit quiz uses it from now on.` };
  });
}
