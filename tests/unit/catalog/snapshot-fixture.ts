import type { CatalogSnapshot, SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { FitRange } from "@/lib/catalog/fit-facts";
import type { WidthCode } from "@/lib/catalog/width-codes";

// Hand-built catalog snapshots for the listing search tests: only the facts a test names vary.

/** [range, size, width, stock] */
export type VariantSpec = [FitRange, string, WidthCode, number];

export function variant(
  [fitRange, size, width, stock]: VariantSpec,
  slug: string,
  priceCents: number,
): SnapshotVariant {
  return { sku: `${slug}-${fitRange}${size}-${width}`.toUpperCase(), fitRange, size, width, stock, priceCents };
}

export function product(
  overrides: Partial<Omit<SnapshotProduct, "variants">> & { slug: string; variants?: VariantSpec[] },
): SnapshotProduct {
  const { variants = [], ...rest } = overrides;
  const priceCents = rest.priceCents ?? 11000; // $110.00
  return {
    id: `id-${rest.slug}`,
    name: rest.slug,
    brandSlug: "brand",
    brandName: "Brand",
    range: "men",
    category: "walking",
    currency: "usd",
    featuredRank: null,
    createdAt: 0,
    support: "neutral",
    cushionLevel: 3,
    heelStackMm: 30,
    forefootStackMm: 22,
    dropMm: 8,
    rocker: "none",
    heelCounter: "moderate",
    baseWidth: "standard",
    toeBox: "standard",
    weightG: 300,
    removableInsole: false,
    closure: "laces",
    outsole: "road",
    image: null,
    collections: [],
    ...rest,
    priceCents,
    variants: variants.map((spec) => variant(spec, rest.slug, priceCents)),
  };
}

export function snapshot(products: SnapshotProduct[]): CatalogSnapshot {
  return { version: "1", products, brands: {} };
}
