import "server-only";
import { StoreError } from "@/lib/errors/store-error";
import { findPurchasableVariant, notEnoughStock } from "@/lib/cart/find-variant";
import { touchCart } from "@/lib/cart/touch-cart";
import { runTransaction } from "@/lib/run-transaction";

export const notInCart = () => new StoreError(404, "not_found", { sku: "This shoe isn't in your cart" });

/** Sets a line's quantity (1 to 10, already validated). */
export async function setCartItemQuantity(cartId: string | null, sku: string, quantity: number): Promise<void> {
  const variant = await findPurchasableVariant(sku);
  if (!cartId) throw notInCart();
  if (variant.stock < quantity) throw notEnoughStock(variant.stock);
  await runTransaction(async (tx) => {
    const updated = await tx.$executeRaw`
      UPDATE "CartLine" SET "quantity" = ${quantity}, "updatedAt" = now()
      WHERE "cartId" = ${cartId} AND "variantId" = ${variant.id}`;
    if (updated === 0) throw notInCart();
    await touchCart(tx, cartId);
  });
}
