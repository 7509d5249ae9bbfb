import type { FitRange } from "@/lib/catalog/fit-facts";
import type { SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { ShopperRange } from "./answers-schema";
import { sizeLabelKey } from "./size-chart";

// Lookups the engine would otherwise redo for every product of every request: each product's
// variants grouped by size label, and the catalog split by shopper range (tests/bench/fit.ts
// measures why). Snapshots are replaced, never edited: a changed product comes with a new
// variants array and a changed catalog with a new products array, so those arrays key the
// caches. An unchanged product keeps its groups across catalog versions, so a stock change
// costs one product's regrouping, not the whole catalog's. Variant objects are shared, so stock
// is still read live.

/** A product with its variants grouped by fit range and size label (see sizeKey). */
export type IndexedProduct = { product: SnapshotProduct; sizes: ReadonlyMap<string, readonly SnapshotVariant[]> };

type FitIndex = Record<ShopperRange, IndexedProduct[]>;

const indexes = new WeakMap<readonly SnapshotProduct[], FitIndex>();
const groups = new WeakMap<readonly SnapshotVariant[], Map<string, SnapshotVariant[]>>();

/** Keys by label as printed: a catalog uses a few dozen labels, seen on every variant. */
const KEY_MEMO: Record<FitRange, Map<string, string>> = { men: new Map(), women: new Map() };
const KEY_MEMO_LIMIT = 10_000;

/** The key under which a variant of this range and label is grouped. */
export function sizeKey(fitRange: FitRange, size: string): string {
  const memo = KEY_MEMO[fitRange];
  let key = memo.get(size);
  if (key === undefined) {
    key = `${fitRange}:${sizeLabelKey(size)}`;
    if (memo.size < KEY_MEMO_LIMIT) memo.set(size, key);
  }
  return key;
}

export function groupBySize(variants: readonly SnapshotVariant[]): Map<string, SnapshotVariant[]> {
  const sizes = new Map<string, SnapshotVariant[]>();
  for (const variant of variants) {
    const key = sizeKey(variant.fitRange, variant.size);
    const group = sizes.get(key);
    if (group) group.push(variant);
    else sizes.set(key, [variant]);
  }
  return sizes;
}

function groupedBySize(variants: readonly SnapshotVariant[]): Map<string, SnapshotVariant[]> {
  let sizes = groups.get(variants);
  if (!sizes) groups.set(variants, (sizes = groupBySize(variants)));
  return sizes;
}

/**
 * The products worth screening for a shopper range, in catalog order. The others would fail
 * H_RANGE, and a range miss is never shown, not even as "close but not shown".
 */
export function indexedProductsFor(products: readonly SnapshotProduct[], shopper: ShopperRange): readonly IndexedProduct[] {
  let index = indexes.get(products);
  if (!index) {
    const both = products.map((product) => ({ product, sizes: groupedBySize(product.variants) }));
    index = {
      both,
      men: both.filter(({ product }) => product.range !== "women"),
      women: both.filter(({ product }) => product.range !== "men"),
    };
    indexes.set(products, index);
  }
  return index[shopper];
}
