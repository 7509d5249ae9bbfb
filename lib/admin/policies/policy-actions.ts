"use server";

import { revalidatePath } from "next/cache";
import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { savePolicyPage } from "@/lib/admin/policies/save-policy-page";
import { runAdminAction } from "@/lib/admin/run-admin-action";
import { policyHref } from "@/lib/routes/storefront";

export async function savePolicyPageAction(slug: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [slug, values], async (actor) => {
    const page = z.string().min(1).max(40).parse(slug);
    const { changed } = await savePolicyPage(actor, page, values);
    revalidatePath(policyHref(page));
    return { ok: true, message: changed ? "Saved. The page shows the change now." : "Nothing changed." };
  });
}
