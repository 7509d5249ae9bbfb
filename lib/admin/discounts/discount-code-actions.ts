"use server";

import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { runAdminAction } from "@/lib/admin/run-admin-action";
import { deactivateDiscountCode, saveDiscountCode } from "@/lib/admin/discounts/save-discount-code";

const codeId = z.string().min(1).max(40);

export async function saveDiscountCodeAction(id: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [id, values], async (actor) => {
    const existing = z.union([z.null(), codeId]).parse(id);
    const saved = await saveDiscountCode(actor, existing, values);
    return {
      ok: true,
      message: existing
        ? "Discount code saved. Carts and the next checkout use it as it is now."
        : "Discount code added.",
      id: saved.id,
    };
  });
}

export async function deactivateDiscountCodeAction(id: unknown): Promise<ActionState> {
  return runAdminAction("staff", [id], async (actor) => {
    await deactivateDiscountCode(actor, codeId.parse(id));
    return { ok: true, message: "Discount code deactivated. Checkouts already holding it keep their discount." };
  });
}
