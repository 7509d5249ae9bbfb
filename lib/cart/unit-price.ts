/** A variant's price in cents: its own override, else the product's price. Always read from the DB. */
export function unitPriceCents(
  variant: { priceCentsOverride: number | null },
  product: { priceCents: number },
): number {
  return variant.priceCentsOverride ?? product.priceCents;
}
