"use server";

import { refresh } from "next/cache";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { actionError, type ActionResult } from "@/lib/cart/action-result";
import { ensureCartIdCookie, readCartIdFromCookies } from "@/lib/cart/cookie-cart";
import { getCartItemCount } from "@/lib/cart/get-cart";
import { removeCartItem } from "@/lib/cart/remove-cart-item";
import { addCartItemSchema, quantityFromForm, setQuantitySchema, skuSchema } from "@/lib/cart/schema";
import { setCartItemQuantity } from "@/lib/cart/set-cart-item-quantity";
import { fieldErrors } from "@/lib/http/api-error";

function invalid(fields: Record<string, string>): ActionResult {
  return { ok: false, message: Object.values(fields)[0] ?? "Check your input", fields };
}

const pairs = (n: number) => `${n} ${n === 1 ? "pair" : "pairs"}`;

/** Adds pairs of one SKU to the guest cart (product pages, quiz results). Prices come from the DB. */
export async function addToCart(sku: unknown, quantity: unknown): Promise<ActionResult> {
  const parsed = addCartItemSchema.safeParse({ sku, quantity });
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  try {
    const cartId = await ensureCartIdCookie();
    const lineQuantity = await addCartItem(cartId, parsed.data);
    const count = await getCartItemCount(cartId);
    refresh();
    return { ok: true, count, message: `Added to your cart (${pairs(lineQuantity)} of this size). Your cart has ${pairs(count)}.` };
  } catch (error) {
    return actionError(error, "Adding to the cart failed");
  }
}

/** The cart page's quantity form: {sku, quantity}. */
export async function updateCartLine(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const sku = skuSchema.safeParse(form.get("sku"));
  const body = setQuantitySchema.safeParse({ quantity: quantityFromForm(form.get("quantity")) });
  if (!sku.success) return invalid({ sku: "Not a SKU" });
  if (!body.success) return invalid(fieldErrors(body.error));
  try {
    await setCartItemQuantity(await readCartIdFromCookies(), sku.data, body.data.quantity);
    refresh();
    return { ok: true, message: `Quantity changed to ${body.data.quantity}.` };
  } catch (error) {
    return actionError(error, "Changing the quantity failed");
  }
}

/** The cart page's remove button: {sku}. */
export async function removeCartLine(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const sku = skuSchema.safeParse(form.get("sku"));
  if (!sku.success) return invalid({ sku: "Not a SKU" });
  try {
    await removeCartItem(await readCartIdFromCookies(), sku.data);
    refresh();
    return { ok: true, message: "Removed from your cart." };
  } catch (error) {
    return actionError(error, "Removing the item failed");
  }
}
