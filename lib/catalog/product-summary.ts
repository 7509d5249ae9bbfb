import { productHref } from "@/lib/routes/storefront";
import type { SnapshotProduct } from "./snapshot-types";

/** The public JSON shape of a listed product (no internal ids, variants summarised). */
export function toProductSummary(product: SnapshotProduct) {
  return {
    slug: product.slug,
    name: product.name,
    brand: product.brandName,
    range: product.range,
    category: product.category,
    priceCents: product.priceCents,
    currency: product.currency,
    support: product.support,
    cushionLevel: product.cushionLevel,
    dropMm: product.dropMm,
    removableInsole: product.removableInsole,
    closure: product.closure,
    image: product.image,
    inStock: product.variants.some((variant) => variant.stock > 0),
    url: productHref(product.slug),
  };
}
