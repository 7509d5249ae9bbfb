"use server";

import { refresh } from "next/cache";
import { actionError, CROSS_SITE_RESULT, invalidResult, type ActionResult } from "@/lib/cart/action-result";
import { readCartIdFromCookies } from "@/lib/cart/cookie-cart";
import { applyDiscountCode, removeDiscountCode } from "@/lib/discounts/apply-discount-code";
import { discountCodeInputSchema } from "@/lib/discounts/discount-code-input";
import { fieldErrors } from "@/lib/errors/field-errors";
import { checkActionOrigin } from "@/lib/http/check-action-origin";
import { formatMoney } from "@/lib/money";
import { assertActionWithinLimit } from "@/lib/rate-limit/limit-action";

// The cart page's discount code forms (plain forms: they work without JavaScript too). Like the
// other cart actions: origin first, then the input, then the address's cart limit (which also
// keeps anyone from guessing codes quickly), and a result, never a throw.

/** {code}: applies the code to the cart when it applies now, or says why not. */
export async function applyDiscountAction(_previous: ActionResult | null, form: unknown): Promise<ActionResult> {
  if (!(await checkActionOrigin()).ok) return CROSS_SITE_RESULT;
  if (!(form instanceof FormData)) return invalidResult({ _: "Reload the page and try again." });
  const parsed = discountCodeInputSchema.safeParse({ code: form.get("code") ?? "" });
  if (!parsed.success) return invalidResult(fieldErrors(parsed.error));
  try {
    await assertActionWithinLimit("cart");
    const cartId = await readCartIdFromCookies();
    if (!cartId) return invalidResult({ code: "Add shoes to your cart first." });
    const applied = await applyDiscountCode(cartId, parsed.data.code);
    refresh();
    return {
      ok: true,
      message: `Code ${applied.code} applied: ${formatMoney(applied.discountCents, applied.currency)} off.`,
    };
  } catch (error) {
    return actionError(error, "Applying the code failed");
  }
}

/** The Remove button beside an applied code. */
export async function removeDiscountAction(_previous: ActionResult | null, _form: unknown): Promise<ActionResult> {
  if (!(await checkActionOrigin()).ok) return CROSS_SITE_RESULT;
  try {
    await assertActionWithinLimit("cart");
    const cartId = await readCartIdFromCookies();
    if (cartId) await removeDiscountCode(cartId);
    refresh();
    return { ok: true, message: "Code removed." };
  } catch (error) {
    return actionError(error, "Removing the code failed");
  }
}
