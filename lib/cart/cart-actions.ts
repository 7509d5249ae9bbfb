"use server";

import { refresh } from "next/cache";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { actionError, CROSS_SITE_RESULT, invalidResult, type ActionResult } from "@/lib/cart/action-result";
import { ensureCartIdCookie, readCartIdFromCookies } from "@/lib/cart/cookie-cart";
import { getCartItemCount } from "@/lib/cart/get-cart";
import { removeCartItem } from "@/lib/cart/remove-cart-item";
import { addCartItemSchema, quantityFromForm, setQuantitySchema, skuSchema } from "@/lib/cart/schema";
import { setCartItemQuantity } from "@/lib/cart/set-cart-item-quantity";
import { fieldErrors } from "@/lib/errors/field-errors";
import { checkActionOrigin } from "@/lib/http/check-action-origin";
import { assertActionWithinLimit } from "@/lib/rate-limit/limit-action";

// Server Actions are public POST endpoints that take any arguments from anyone: each one checks
// the request's origin, then parses what it was given, counts itself against the address's cart
// limit (lib/rate-limit, decision 0016), and answers a result (never a throw).

const pairs = (n: number) => `${n} ${n === 1 ? "pair" : "pairs"}`;

/** Adds pairs of one SKU to the guest cart (product pages, quiz results). Prices come from the DB. */
export async function addToCart(sku: unknown, quantity: unknown): Promise<ActionResult> {
  if (!(await checkActionOrigin()).ok) return CROSS_SITE_RESULT;
  const parsed = addCartItemSchema.safeParse({ sku, quantity });
  if (!parsed.success) return invalidResult(fieldErrors(parsed.error));
  try {
    await assertActionWithinLimit("cart");
    const cartId = await ensureCartIdCookie();
    const lineQuantity = await addCartItem(cartId, parsed.data);
    const count = await getCartItemCount(cartId);
    refresh();
    return {
      ok: true,
      count,
      message: `Added to your cart (${pairs(lineQuantity)} of this size). Your cart has ${pairs(count)}.`,
    };
  } catch (error) {
    return actionError(error, "Adding to the cart failed");
  }
}

/** The cart page's quantity form: {sku, quantity}. */
export async function updateCartLine(_previous: ActionResult | null, form: unknown): Promise<ActionResult> {
  if (!(await checkActionOrigin()).ok) return CROSS_SITE_RESULT;
  if (!(form instanceof FormData)) return invalidResult({ _: "Reload the page and try again." });
  const sku = skuSchema.safeParse(form.get("sku"));
  const body = setQuantitySchema.safeParse({ quantity: quantityFromForm(form.get("quantity")) });
  if (!sku.success) return invalidResult({ sku: "Not a SKU" });
  if (!body.success) return invalidResult(fieldErrors(body.error));
  try {
    await assertActionWithinLimit("cart");
    await setCartItemQuantity(await readCartIdFromCookies(), sku.data, body.data.quantity);
    refresh();
    return { ok: true, message: `Quantity changed to ${body.data.quantity}.` };
  } catch (error) {
    return actionError(error, "Changing the quantity failed");
  }
}

/** The cart page's remove button: {sku}. */
export async function removeCartLine(_previous: ActionResult | null, form: unknown): Promise<ActionResult> {
  if (!(await checkActionOrigin()).ok) return CROSS_SITE_RESULT;
  if (!(form instanceof FormData)) return invalidResult({ _: "Reload the page and try again." });
  const sku = skuSchema.safeParse(form.get("sku"));
  if (!sku.success) return invalidResult({ sku: "Not a SKU" });
  try {
    await assertActionWithinLimit("cart");
    await removeCartItem(await readCartIdFromCookies(), sku.data);
    refresh();
    return { ok: true, message: "Removed from your cart." };
  } catch (error) {
    return actionError(error, "Removing the item failed");
  }
}
