import "server-only";
import { getDb } from "@/lib/db";
import { StoreError } from "@/lib/errors/store-error";

/** The variant a shopper may buy, or a 400 naming the sku field (unknown, unpublished or archived). */
export async function findPurchasableVariant(sku: string) {
  const variant = await getDb().variant.findUnique({
    where: { sku },
    select: { id: true, sku: true, stock: true, product: { select: { published: true, archivedAt: true } } },
  });
  if (!variant || !variant.product.published || variant.product.archivedAt !== null) {
    throw new StoreError(400, "invalid_input", { sku: "We don't sell a shoe with this SKU" });
  }
  return variant;
}

export function notEnoughStock(stock: number): StoreError {
  const message = stock === 0 ? "This size is sold out" : `Only ${stock} left in this size`;
  return new StoreError(409, stock === 0 ? "sold_out" : "insufficient_stock", { quantity: message });
}
