import type { CartView } from "@/lib/cart/get-cart";

/** The cart as the JSON API shows it (no internal ids). */
export function cartToJson(cart: CartView) {
  return {
    lines: cart.lines.map((line) => ({
      sku: line.sku,
      productName: line.productName,
      productSlug: line.productSlug,
      brandName: line.brandName,
      fitRange: line.fitRange,
      size: line.sizeLabel,
      width: line.widthCode,
      unitPriceCents: line.unitPriceCents,
      currency: line.currency,
      quantity: line.quantity,
      lineTotalCents: line.lineTotalCents,
      stock: line.stock,
      purchasable: line.purchasable,
    })),
    itemCount: cart.itemCount,
    subtotalCents: cart.subtotalCents,
    currency: cart.currency,
  };
}
