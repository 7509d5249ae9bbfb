import type { CatalogSnapshot, SnapshotProduct } from "./snapshot-types";
import { DROP_BANDS, PRICE_BANDS, type ListingQuery } from "./listing-query";

// What the listing search needs from a snapshot, worked out once per snapshot instead of per
// request: each product's facet values, its in-stock variants as small integer codes (a 10,000
// product catalog has about half a million variants, so string compares add up), and the product
// order of every sort. A snapshot is never changed after it is built (a catalog change makes a
// new one), so the index is keyed by the snapshot object and goes away with it.

export type ProductFacetKey = "support" | "cushion" | "closure" | "insole" | "drop" | "price";
export const PRODUCT_FACET_KEYS: ProductFacetKey[] = ["support", "cushion", "closure", "insole", "drop", "price"];

export type VariantFacetKey = "range" | "size" | "width";
export const VARIANT_FACET_KEYS: VariantFacetKey[] = ["range", "size", "width"];

export type IndexedProduct = {
  product: SnapshotProduct;
  /** The values this product has for each product-level facet (a band list may be empty). */
  values: Record<ProductFacetKey, string[]>;
  /** In-stock variants only (stock > 0): one code per variant and facet, into `SearchIndex.dictionary`. */
  stocked: Record<VariantFacetKey, Uint16Array>;
};

export type SearchIndex = {
  items: IndexedProduct[];
  /** Every range, size label and width code in the snapshot; a code is a position here. */
  dictionary: Record<VariantFacetKey, string[]>;
  /** Item positions in each sort's order. */
  order: Record<ListingQuery["sort"], number[]>;
  /** Each item's place in name order (then slug): every sort's tie-breaker. */
  nameRank: Int32Array;
};

const indexes = new WeakMap<CatalogSnapshot, SearchIndex>();

// Codes are shared by every snapshot, and an unchanged product keeps its indexed form: a stock
// change reloads one product, so the next snapshot's index only redoes that product.
const codes: Record<VariantFacetKey, Map<string, number>> = { range: new Map(), size: new Map(), width: new Map() };
const dictionary: Record<VariantFacetKey, string[]> = { range: [], size: [], width: [] };
const indexedProducts = new WeakMap<SnapshotProduct, IndexedProduct>();

export function getSearchIndex(snapshot: CatalogSnapshot): SearchIndex {
  let index = indexes.get(snapshot);
  if (!index) {
    index = buildSearchIndex(snapshot.products);
    indexes.set(snapshot, index);
  }
  return index;
}

/** The code of a range, size label or width code, or undefined when no indexed variant has it. */
export function findCode(key: VariantFacetKey, value: string): number | undefined {
  return codes[key].get(value);
}

function codeOf(key: VariantFacetKey, value: string): number {
  let code = codes[key].get(value);
  if (code === undefined) {
    code = dictionary[key].push(value) - 1;
    codes[key].set(value, code);
  }
  return code;
}

function indexProduct(product: SnapshotProduct): IndexedProduct {
  let item = indexedProducts.get(product);
  if (!item) {
    const stocked = product.variants.filter((variant) => variant.stock > 0);
    item = {
      product,
      values: productFacetValues(product),
      stocked: {
        range: Uint16Array.from(stocked, (variant) => codeOf("range", variant.fitRange)),
        size: Uint16Array.from(stocked, (variant) => codeOf("size", variant.size)),
        width: Uint16Array.from(stocked, (variant) => codeOf("width", variant.width)),
      },
    };
    indexedProducts.set(product, item);
  }
  return item;
}

function buildSearchIndex(products: SnapshotProduct[]): SearchIndex {
  const items = products.map(indexProduct);
  const nameRank = nameRanks(products);
  return { items, dictionary, order: sortOrders(products, nameRank), nameRank };
}

const collectionOrders = new WeakMap<SearchIndex, Map<string, number[]>>();

/**
 * The positions of a collection's items in the order staff set for it (position ascending), ties
 * and products without a position broken by name as in every other sort. Worked out once per
 * snapshot and collection: a reorder is a catalog change, so it comes with a new snapshot.
 */
export function collectionOrder(index: SearchIndex, collection: string): number[] {
  let orders = collectionOrders.get(index);
  if (!orders) {
    orders = new Map();
    collectionOrders.set(index, orders);
  }
  let order = orders.get(collection);
  if (!order) {
    const place = (position: number) =>
      (index.items[position] as IndexedProduct).product.collectionPositions?.[collection] ?? Number.MAX_SAFE_INTEGER;
    order = index.items
      .map((_, position) => position)
      .filter((position) => (index.items[position] as IndexedProduct).product.collections.includes(collection))
      .sort((a, b) => place(a) - place(b) || (index.nameRank[a] as number) - (index.nameRank[b] as number));
    orders.set(collection, order);
  }
  return order;
}

function productFacetValues(product: SnapshotProduct): Record<ProductFacetKey, string[]> {
  return {
    support: [product.support],
    cushion: [String(product.cushionLevel)],
    closure: [product.closure],
    insole: product.removableInsole ? ["removable"] : [],
    drop: bandsContaining(DROP_BANDS, (band) => product.dropMm >= band.min && product.dropMm <= band.max),
    price: bandsContaining(PRICE_BANDS, (band) => product.priceCents >= band.min && product.priceCents < band.max),
  };
}

type Band = { min: number; max: number };

function bandsContaining(bands: Record<string, Band>, test: (band: Band) => boolean): string[] {
  return Object.entries(bands)
    .filter(([, band]) => test(band))
    .map(([key]) => key);
}

// One collator instead of String#localeCompare, which sets one up on every call (same order).
const collator = new Intl.Collator();

/** Each product's rank by name, then slug. Names are collated once; the sorts then compare numbers only. */
function nameRanks(products: SnapshotProduct[]): Int32Array {
  const byName = products
    .map((_, position) => position)
    .sort((a, b) => {
      const pa = products[a] as SnapshotProduct;
      const pb = products[b] as SnapshotProduct;
      return collator.compare(pa.name, pb.name) || collator.compare(pa.slug, pb.slug);
    });
  const nameRank = new Int32Array(products.length);
  byName.forEach((position, rank) => (nameRank[position] = rank));
  return nameRank;
}

/** Every sort's order. */
function sortOrders(products: SnapshotProduct[], nameRank: Int32Array): Record<ListingQuery["sort"], number[]> {
  const positions = products.map((_, position) => position);
  const sortBy = (key: (product: SnapshotProduct) => number) => {
    const keys = Float64Array.from(products, key);
    return [...positions].sort(
      (a, b) => (keys[a] as number) - (keys[b] as number) || (nameRank[a] as number) - (nameRank[b] as number),
    );
  };
  return {
    // Unranked products come after every ranked one.
    featured: sortBy((product) => product.featuredRank ?? Number.MAX_SAFE_INTEGER),
    "price-asc": sortBy((product) => product.priceCents),
    "price-desc": sortBy((product) => -product.priceCents),
    newest: sortBy((product) => -product.createdAt),
  };
}
