import "server-only";
import { StoreError } from "@/lib/errors/store-error";
import { touchCart } from "@/lib/cart/touch-cart";
import { discountableCartLines } from "@/lib/discounts/cart-discount";
import { findDiscountCode } from "@/lib/discounts/find-discount-code";
import { quoteDiscount } from "@/lib/discounts/discount-rules";
import { runTransaction } from "@/lib/run-transaction";

/** 404-like refusal for a code that doesn't exist (a 409 would say it exists). */
export const unknownCode = (text: string) =>
  new StoreError(400, "unknown_discount_code", {
    code: `We don't know the code ${text.trim().toUpperCase().slice(0, 32)}. Check the spelling.`,
  });

/**
 * Puts a code on the cart when it applies now, or throws a StoreError saying why not (unknown,
 * not started, expired, below the minimum, not for these shoes, used up). Touching the cart gives
 * checkout a new key, so a session opened without the code is never reused with it.
 * Returns the code as stored and the discount it gives today.
 */
export async function applyDiscountCode(cartId: string, text: string) {
  return runTransaction(async (tx) => {
    const code = await findDiscountCode(text, tx);
    if (!code) throw unknownCode(text);
    const lines = await discountableCartLines(cartId, tx);
    if (lines.length === 0) throw new StoreError(409, "empty_cart", { code: "Add shoes to your cart first." });
    const quote = quoteDiscount(code, lines, new Date());
    if (!quote.ok) throw new StoreError(409, `discount_${quote.reason}`, { code: quote.message });
    await touchCart(tx, cartId);
    await tx.cart.update({ where: { id: cartId }, data: { discountCodeId: code.id }, select: { id: true } });
    return { code: code.code, currency: code.currency, discountCents: quote.discountCents };
  });
}

/** Takes the code off the cart (a no-op when none is applied). */
export async function removeDiscountCode(cartId: string): Promise<void> {
  await runTransaction(async (tx) => {
    const cart = await tx.cart.findUnique({ where: { id: cartId }, select: { discountCodeId: true } });
    if (!cart?.discountCodeId) return;
    await touchCart(tx, cartId);
    await tx.cart.update({ where: { id: cartId }, data: { discountCodeId: null }, select: { id: true } });
  });
}
