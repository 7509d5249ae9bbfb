"use server";

import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { runAdminAction } from "@/lib/admin/run-admin-action";
import { deleteShippingRate, saveShippingRate } from "@/lib/admin/shipping/save-shipping-rate";

const rateId = z.string().min(1).max(40);

export async function saveShippingRateAction(id: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [id, values], async (actor) => {
    const existing = z.union([z.null(), rateId]).parse(id);
    const saved = await saveShippingRate(actor, existing, values);
    return {
      ok: true,
      message: existing ? "Shipping rate saved. The next checkout offers it as it is now." : "Shipping rate added.",
      id: saved.id,
    };
  });
}

export async function deleteShippingRateAction(id: unknown): Promise<ActionState> {
  return runAdminAction("staff", [id], async (actor) => {
    await deleteShippingRate(actor, rateId.parse(id));
    return { ok: true, message: "Shipping rate deleted. Orders that used it keep their copy." };
  });
}
