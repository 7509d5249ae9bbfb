import "server-only";
import { getDb } from "@/lib/db";
import { StoreError } from "@/lib/errors/store-error";
import { notInCart } from "@/lib/cart/set-cart-item-quantity";
import { touchCart } from "@/lib/cart/touch-cart";
import { runTransaction } from "@/lib/run-transaction";

/** Removes a SKU from the cart. Works for products archived since (the shopper must be able to drop them). */
export async function removeCartItem(cartId: string | null, sku: string): Promise<void> {
  const variant = await getDb().variant.findUnique({ where: { sku }, select: { id: true } });
  if (!variant) throw new StoreError(400, "invalid_input", { sku: "We don't sell a shoe with this SKU" });
  if (!cartId) throw notInCart();
  await runTransaction(async (tx) => {
    const deleted =
      await tx.$executeRaw`DELETE FROM "CartLine" WHERE "cartId" = ${cartId} AND "variantId" = ${variant.id}`;
    if (deleted === 0) throw notInCart();
    await touchCart(tx, cartId);
  });
}
