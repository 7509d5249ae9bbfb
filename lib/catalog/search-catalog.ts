import type { CatalogSnapshot, SnapshotProduct } from "./snapshot-types";
import { DROP_BANDS, FACET_KEYS, PAGE_SIZE, PRICE_BANDS, type FacetKey, type ListingQuery } from "./listing-query";
import {
  collectionOrder,
  findCode,
  getSearchIndex,
  PRODUCT_FACET_KEYS,
  VARIANT_FACET_KEYS,
  type IndexedProduct,
  type ProductFacetKey,
  type SearchIndex,
  type VariantFacetKey,
} from "./search-index";
import { cachedPerSnapshot } from "./search-cache";

// Listing search over the in-memory catalog: filters, per-value facet counts and sorting.
// Facet counts are "disjunctive": each facet is counted with every other filter applied but its
// own, so a shopper sees how many shoes each alternative value would give.
//
// One pass over the products does it all: a product failing two or more filters counts nowhere,
// one failing exactly one filter counts only in that filter's facet, and one failing none is a
// match and counts everywhere. Range, size and width must hold on one in-stock variant together,
// so those three facets are counted from a single scan of the product's in-stock variants.

export type FacetCounts = Record<FacetKey, Record<string, number>>;

export type CatalogPage = {
  products: SnapshotProduct[];
  total: number;
  page: number;
  pageCount: number;
  facets: FacetCounts;
};

type Scope = { collection?: string };

/** Results are cached per snapshot and query (a snapshot never changes), and frozen because callers share them. */
export function searchCatalog(snapshot: CatalogSnapshot, query: ListingQuery, scope: Scope = {}): CatalogPage {
  return cachedPerSnapshot(snapshot, cacheKey(query, scope), () => freezePage(runSearch(snapshot, query, scope)));
}

function cacheKey(query: ListingQuery, scope: Scope): string {
  return JSON.stringify([
    scope.collection ?? null,
    query.sort,
    query.page,
    ...FACET_KEYS.map((key) => query[key] ?? null),
  ]);
}

function runSearch(snapshot: CatalogSnapshot, query: ListingQuery, scope: Scope): CatalogPage {
  const index = getSearchIndex(snapshot);
  const want = wantedCodes(query);
  const counter = new FacetCounter(index);
  const matching = new Uint8Array(index.items.length);
  let total = 0;

  index.items.forEach((item, position) => {
    if (scope.collection && !item.product.collections.includes(scope.collection)) return;
    let failed: ProductFacetKey | null = null;
    let failures = 0;
    for (const key of PRODUCT_FACET_KEYS) {
      if (passesProductFilter(item.product, key, query)) continue;
      failures++;
      failed = key;
      if (failures > 1) return;
    }
    if (failed) {
      if (hasMatchingVariant(item, want)) counter.addAll(failed, item.values[failed]);
      return;
    }
    if (scanVariants(item, want, counter)) {
      matching[position] = 1;
      total++;
      for (const key of PRODUCT_FACET_KEYS) counter.addAll(key, item.values[key]);
    }
  });

  const start = (query.page - 1) * PAGE_SIZE;
  const products: SnapshotProduct[] = [];
  let seen = 0;
  // On a collection page "featured" is the collection's own order, as staff set it: the
  // site-wide featured ranks are for the shoes page and the home page.
  const order =
    scope.collection && query.sort === "featured" ? collectionOrder(index, scope.collection) : index.order[query.sort];
  for (const position of order) {
    if (!matching[position]) continue;
    if (seen >= start) products.push((index.items[position] as IndexedProduct).product);
    seen++;
    if (products.length === PAGE_SIZE) break;
  }

  return {
    products,
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    facets: counter.toFacets(),
  };
}

function passesProductFilter(product: SnapshotProduct, key: ProductFacetKey, query: ListingQuery): boolean {
  switch (key) {
    case "support":
      return !query.support || product.support === query.support;
    case "cushion":
      return !query.cushion || product.cushionLevel === query.cushion;
    case "closure":
      return !query.closure || product.closure === query.closure;
    case "insole":
      return !query.insole || product.removableInsole;
    case "drop":
      return (
        !query.drop || (product.dropMm >= DROP_BANDS[query.drop].min && product.dropMm <= DROP_BANDS[query.drop].max)
      );
    case "price":
      return (
        !query.price ||
        (product.priceCents >= PRICE_BANDS[query.price].min && product.priceCents < PRICE_BANDS[query.price].max)
      );
  }
}

/** The chosen range, size and width as index codes: ANY when not chosen, NONE when no variant has it. */
type Wanted = Record<VariantFacetKey, number>;
const ANY = -1;
const NONE = -2;

function wantedCodes(query: ListingQuery): Wanted {
  const code = (key: VariantFacetKey) => {
    const value = query[key];
    return value === undefined ? ANY : (findCode(key, value) ?? NONE);
  };
  return { range: code("range"), size: code("size"), width: code("width") };
}

/** With no range, size or width chosen every product qualifies; otherwise one in-stock variant must match all three. */
function hasMatchingVariant({ stocked }: IndexedProduct, want: Wanted): boolean {
  if (want.range === ANY && want.size === ANY && want.width === ANY) return true;
  for (let i = 0; i < stocked.range.length; i++) {
    if (
      (want.range === ANY || stocked.range[i] === want.range) &&
      (want.size === ANY || stocked.size[i] === want.size) &&
      (want.width === ANY || stocked.width[i] === want.width)
    )
      return true;
  }
  return false;
}

/**
 * For a product that passes every product-level filter: counts its range, size and width facet
 * values (each with the other two variant filters applied) and says whether it matches.
 */
function scanVariants({ stocked }: IndexedProduct, want: Wanted, counter: FacetCounter): boolean {
  let matches = want.range === ANY && want.size === ANY && want.width === ANY;
  counter.nextProduct();
  for (let i = 0; i < stocked.range.length; i++) {
    const range = stocked.range[i] as number;
    const size = stocked.size[i] as number;
    const width = stocked.width[i] as number;
    const r = want.range === ANY || range === want.range;
    const s = want.size === ANY || size === want.size;
    const w = want.width === ANY || width === want.width;
    if (s && w) counter.addOnce("range", range);
    if (r && w) counter.addOnce("size", size);
    if (r && s) counter.addOnce("width", width);
    if (r && s && w) matches = true;
  }
  return matches;
}

/** Facet counts; the variant facets count each value at most once per product. */
class FacetCounter {
  private readonly productFacets = Object.fromEntries(PRODUCT_FACET_KEYS.map((key) => [key, {}])) as Record<
    ProductFacetKey,
    Record<string, number>
  >;
  private readonly variantCounts: Record<VariantFacetKey, Int32Array>;
  /** The last product each variant-facet value was counted for. */
  private readonly lastProduct: Record<VariantFacetKey, Int32Array>;
  private product = 0;

  constructor(private readonly index: SearchIndex) {
    const sized = () => ({
      range: new Int32Array(index.dictionary.range.length),
      size: new Int32Array(index.dictionary.size.length),
      width: new Int32Array(index.dictionary.width.length),
    });
    this.variantCounts = sized();
    this.lastProduct = sized();
  }

  nextProduct(): void {
    this.product++;
  }

  addAll(key: ProductFacetKey, values: string[]): void {
    const counts = this.productFacets[key];
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  }

  addOnce(key: VariantFacetKey, code: number): void {
    const last = this.lastProduct[key];
    if (last[code] === this.product) return;
    last[code] = this.product;
    (this.variantCounts[key] as Int32Array)[code]! += 1;
  }

  toFacets(): FacetCounts {
    const variantFacets = Object.fromEntries(
      VARIANT_FACET_KEYS.map((key) => {
        const counts: Record<string, number> = {};
        this.variantCounts[key].forEach((count, code) => {
          if (count > 0) counts[this.index.dictionary[key][code] as string] = count;
        });
        return [key, counts];
      }),
    ) as Record<VariantFacetKey, Record<string, number>>;
    return Object.fromEntries(
      FACET_KEYS.map((key) => [
        key,
        key in variantFacets ? variantFacets[key as VariantFacetKey] : this.productFacets[key as ProductFacetKey],
      ]),
    ) as FacetCounts;
  }
}

function freezePage(page: CatalogPage): CatalogPage {
  Object.freeze(page.products);
  for (const key of FACET_KEYS) Object.freeze(page.facets[key]);
  Object.freeze(page.facets);
  return Object.freeze(page);
}
