import "server-only";
import { StoreError } from "@/lib/errors/store-error";
import { findPurchasableVariant, notEnoughStock } from "@/lib/cart/find-variant";
import { MAX_LINE_QUANTITY, type AddCartItemInput } from "@/lib/cart/schema";
import { touchCart } from "@/lib/cart/touch-cart";
import { runTransaction } from "@/lib/run-transaction";

/**
 * Adds `quantity` pairs of a SKU to the cart (creating the cart row on first use). One statement
 * does the increment, and its WHERE keeps the line at 10 or fewer even when two adds race.
 * Returns the line's new quantity.
 */
export async function addCartItem(cartId: string, input: AddCartItemInput): Promise<number> {
  const variant = await findPurchasableVariant(input.sku);
  if (variant.stock < input.quantity) throw notEnoughStock(variant.stock);
  return runTransaction(async (tx) => {
    await touchCart(tx, cartId);
    const rows = await tx.$queryRaw<{ quantity: number }[]>`
      INSERT INTO "CartLine" ("cartId", "variantId", "quantity", "createdAt", "updatedAt")
      VALUES (${cartId}, ${variant.id}, ${input.quantity}, now(), now())
      ON CONFLICT ("cartId", "variantId") DO UPDATE
        SET "quantity" = "CartLine"."quantity" + EXCLUDED."quantity", "updatedAt" = now()
        WHERE "CartLine"."quantity" + EXCLUDED."quantity" <= ${MAX_LINE_QUANTITY}
      RETURNING "quantity"`;
    const quantity = rows[0]?.quantity;
    if (quantity === undefined) {
      throw new StoreError(400, "invalid_input", {
        quantity: `You can have at most ${MAX_LINE_QUANTITY} of one size in your cart`,
      });
    }
    // Throwing rolls the add back: the cart never asks for more than is on the shelf right now.
    if (quantity > variant.stock) throw notEnoughStock(variant.stock);
    return quantity;
  });
}
