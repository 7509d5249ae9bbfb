import type { CatalogSnapshot, SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import {
  DROP_BANDS,
  FACET_KEYS,
  PAGE_SIZE,
  PRICE_BANDS,
  type FacetKey,
  type ListingQuery,
} from "@/lib/catalog/listing-query";

// The listing search written the plain, slow way (each facet counted by re-filtering every
// product): the reference the indexed, cached searchCatalog must agree with.

type VariantFilter = Pick<ListingQuery, "range" | "size" | "width">;

export function referenceSearch(snapshot: CatalogSnapshot, query: ListingQuery, collection?: string) {
  const inScope = collection ? snapshot.products.filter((p) => p.collections.includes(collection)) : snapshot.products;
  const matching = inScope.filter((p) => matches(p, query, null));
  const sorted = [...matching].sort(comparators[query.sort]);
  const start = (query.page - 1) * PAGE_SIZE;
  const facets = Object.fromEntries(
    FACET_KEYS.map((key) => {
      const counts: Record<string, number> = {};
      for (const p of inScope)
        if (matches(p, query, key)) for (const v of facetValues(p, key, query)) counts[v] = (counts[v] ?? 0) + 1;
      return [key, counts];
    }),
  );
  return {
    products: sorted.slice(start, start + PAGE_SIZE),
    total: sorted.length,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(sorted.length / PAGE_SIZE)),
    facets,
  };
}

function matches(p: SnapshotProduct, q: ListingQuery, skip: FacetKey | null): boolean {
  if (skip !== "support" && q.support && p.support !== q.support) return false;
  if (skip !== "cushion" && q.cushion && p.cushionLevel !== q.cushion) return false;
  if (skip !== "closure" && q.closure && p.closure !== q.closure) return false;
  if (skip !== "insole" && q.insole && !p.removableInsole) return false;
  if (skip !== "drop" && q.drop && !inDrop(p.dropMm, q.drop)) return false;
  if (skip !== "price" && q.price && !inPrice(p.priceCents, q.price)) return false;
  const filter: VariantFilter = { range: q.range, size: q.size, width: q.width };
  if (skip === "range" || skip === "size" || skip === "width") filter[skip] = undefined;
  if (!filter.range && !filter.size && !filter.width) return true;
  return p.variants.some((v) => variantMatches(v, filter));
}

function variantMatches(v: SnapshotVariant, f: VariantFilter): boolean {
  return (
    v.stock > 0 &&
    (!f.range || v.fitRange === f.range) &&
    (!f.size || v.size === f.size) &&
    (!f.width || v.width === f.width)
  );
}

function facetValues(p: SnapshotProduct, key: FacetKey, q: ListingQuery): string[] {
  switch (key) {
    case "support":
      return [p.support];
    case "cushion":
      return [String(p.cushionLevel)];
    case "closure":
      return [p.closure];
    case "insole":
      return p.removableInsole ? ["removable"] : [];
    case "drop":
      return Object.keys(DROP_BANDS).filter((band) => inDrop(p.dropMm, band as keyof typeof DROP_BANDS));
    case "price":
      return Object.keys(PRICE_BANDS).filter((band) => inPrice(p.priceCents, band as keyof typeof PRICE_BANDS));
    default: {
      const filter: VariantFilter = { range: q.range, size: q.size, width: q.width, [key]: undefined };
      const values = p.variants
        .filter((v) => variantMatches(v, filter))
        .map((v) => (key === "range" ? v.fitRange : key === "size" ? v.size : v.width));
      return [...new Set(values)];
    }
  }
}

const inDrop = (mm: number, band: keyof typeof DROP_BANDS) => mm >= DROP_BANDS[band].min && mm <= DROP_BANDS[band].max;
const inPrice = (cents: number, band: keyof typeof PRICE_BANDS) =>
  cents >= PRICE_BANDS[band].min && cents < PRICE_BANDS[band].max;

const byName = (a: SnapshotProduct, b: SnapshotProduct) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug);
const comparators: Record<ListingQuery["sort"], (a: SnapshotProduct, b: SnapshotProduct) => number> = {
  featured: (a, b) => (a.featuredRank ?? Infinity) - (b.featuredRank ?? Infinity) || byName(a, b),
  "price-asc": (a, b) => a.priceCents - b.priceCents || byName(a, b),
  "price-desc": (a, b) => b.priceCents - a.priceCents || byName(a, b),
  newest: (a, b) => b.createdAt - a.createdAt || byName(a, b),
};
