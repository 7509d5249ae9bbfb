import type { CatalogSnapshot, SnapshotProduct, SnapshotVariant } from "./snapshot-types";
import { DROP_BANDS, FACET_KEYS, PAGE_SIZE, PRICE_BANDS, type FacetKey, type ListingQuery } from "./listing-query";

// Listing search over the in-memory catalog: filters, per-value facet counts and sorting.
// Facet counts are "disjunctive": each facet is counted with every other filter applied but its
// own, so a shopper sees how many shoes each alternative value would give.

export type FacetCounts = Record<FacetKey, Record<string, number>>;

export type CatalogPage = {
  products: SnapshotProduct[];
  total: number;
  page: number;
  pageCount: number;
  facets: FacetCounts;
};

type Scope = { collection?: string };

export function searchCatalog(snapshot: CatalogSnapshot, query: ListingQuery, scope: Scope = {}): CatalogPage {
  const inScope = scope.collection
    ? snapshot.products.filter((product) => product.collections.includes(scope.collection as string))
    : snapshot.products;

  const matching = inScope.filter((product) => matchesAll(product, query, null));
  const sorted = sortProducts(matching, query.sort);
  const pageCount = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const start = (query.page - 1) * PAGE_SIZE;

  return {
    products: sorted.slice(start, start + PAGE_SIZE),
    total: sorted.length,
    page: query.page,
    pageCount,
    facets: countFacets(inScope, query),
  };
}

function matchesAll(product: SnapshotProduct, query: ListingQuery, skip: FacetKey | null): boolean {
  if (skip !== "support" && query.support && product.support !== query.support) return false;
  if (skip !== "cushion" && query.cushion && product.cushionLevel !== query.cushion) return false;
  if (skip !== "closure" && query.closure && product.closure !== query.closure) return false;
  if (skip !== "insole" && query.insole && !product.removableInsole) return false;
  if (skip !== "drop" && query.drop && !inBand(product.dropMm, DROP_BANDS[query.drop])) return false;
  if (skip !== "price" && query.price && !inPriceBand(product.priceCents, PRICE_BANDS[query.price])) return false;
  return hasStockedVariant(product, {
    range: skip === "range" ? undefined : query.range,
    size: skip === "size" ? undefined : query.size,
    width: skip === "width" ? undefined : query.width,
  });
}

type VariantFilter = Pick<ListingQuery, "range" | "size" | "width">;

/** With no range, size or width chosen every product qualifies; otherwise an in-stock variant must match. */
function hasStockedVariant(product: SnapshotProduct, filter: VariantFilter): boolean {
  if (!filter.range && !filter.size && !filter.width) return true;
  return product.variants.some((variant) => variantMatches(variant, filter));
}

function variantMatches(variant: SnapshotVariant, filter: VariantFilter): boolean {
  return (
    variant.stock > 0 &&
    (!filter.range || variant.fitRange === filter.range) &&
    (!filter.size || variant.size === filter.size) &&
    (!filter.width || variant.width === filter.width)
  );
}

function countFacets(products: SnapshotProduct[], query: ListingQuery): FacetCounts {
  const facets = Object.fromEntries(FACET_KEYS.map((key) => [key, {}])) as FacetCounts;
  for (const key of FACET_KEYS) {
    const counts = facets[key];
    for (const product of products) {
      if (!matchesAll(product, query, key)) continue;
      for (const value of facetValues(product, key, query)) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return facets;
}

/** The values of one facet a product would match, given the variant filters still in force. */
function facetValues(product: SnapshotProduct, key: FacetKey, query: ListingQuery): string[] {
  switch (key) {
    case "support":
      return [product.support];
    case "cushion":
      return [String(product.cushionLevel)];
    case "closure":
      return [product.closure];
    case "insole":
      return product.removableInsole ? ["removable"] : [];
    case "drop":
      return bandsContaining(DROP_BANDS, product.dropMm, inBand);
    case "price":
      return bandsContaining(PRICE_BANDS, product.priceCents, inPriceBand);
    case "range":
    case "size":
    case "width":
      return stockedVariantValues(product, key, query);
  }
}

function stockedVariantValues(product: SnapshotProduct, key: "range" | "size" | "width", query: ListingQuery): string[] {
  const filter: VariantFilter = { range: query.range, size: query.size, width: query.width, [key]: undefined };
  const values = new Set<string>();
  for (const variant of product.variants) {
    if (!variantMatches(variant, filter)) continue;
    values.add(key === "range" ? variant.fitRange : key === "size" ? variant.size : variant.width);
  }
  return [...values];
}

type Band = { min: number; max: number };

function inBand(value: number, band: Band): boolean {
  return value >= band.min && value <= band.max;
}

function inPriceBand(cents: number, band: Band): boolean {
  return cents >= band.min && cents < band.max;
}

function bandsContaining(bands: Record<string, Band>, value: number, test: (value: number, band: Band) => boolean): string[] {
  return Object.entries(bands)
    .filter(([, band]) => test(value, band))
    .map(([key]) => key);
}

function sortProducts(products: SnapshotProduct[], sort: ListingQuery["sort"]): SnapshotProduct[] {
  const byName = (a: SnapshotProduct, b: SnapshotProduct) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug);
  const compare: Record<ListingQuery["sort"], (a: SnapshotProduct, b: SnapshotProduct) => number> = {
    featured: (a, b) => (a.featuredRank ?? Infinity) - (b.featuredRank ?? Infinity) || byName(a, b),
    "price-asc": (a, b) => a.priceCents - b.priceCents || byName(a, b),
    "price-desc": (a, b) => b.priceCents - a.priceCents || byName(a, b),
    newest: (a, b) => b.createdAt - a.createdAt || byName(a, b),
  };
  return [...products].sort(compare[sort]);
}
