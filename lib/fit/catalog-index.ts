import type { FitRange } from "@/lib/catalog/fit-facts";
import type { SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import { WIDTH_CODES, type WidthCode } from "@/lib/catalog/width-codes";
import type { ShopperRange } from "./answers-schema";
import { sizeLabelKey } from "./size-chart";

// Lookups the engine would otherwise redo for every product of every request: each product's
// variants grouped by size label, and the catalog split by shopper range (tests/bench/fit.ts
// measures why). Snapshots are replaced, never edited: a changed product comes with a new
// variants array and a changed catalog with a new products array, so those arrays key the
// caches. An unchanged product keeps its groups across catalog versions, so a stock change
// costs one product's regrouping, not the whole catalog's. Snapshot variants are never edited
// (a stock change reloads the product), so a group's stock facts can be worked out once.

/** One size of one product: its variants and the stock facts every request asks about. */
export type SizeGroup = {
  variants: readonly SnapshotVariant[];
  /** How many distinct width codes have stock (the first tie-break). */
  widthsInStock: number;
  /** Width codes made in this size, in stock or not, as WIDTH_BIT flags. */
  madeWidths: number;
  /** The best-stocked variant of each width code that has stock, by WIDTH_INDEX (see isBetterStocked). */
  stocked: readonly (SnapshotVariant | undefined)[];
};

/**
 * A product with its variants grouped by fit range and size label. `sizes` is indexed by
 * sizeKey's number: the engine reads it for every product of every request, and an array read
 * is much cheaper than a string-keyed map lookup.
 */
export type IndexedProduct = {
  product: SnapshotProduct;
  /** brandNumber(product.brandSlug): lets a request memoise per brand in an array. */
  brand: number;
  sizes: readonly (SizeGroup | undefined)[];
};

export const WIDTH_INDEX = Object.fromEntries(WIDTH_CODES.map((code, i) => [code, i])) as Record<WidthCode, number>;
export const WIDTH_BIT = Object.fromEntries(WIDTH_CODES.map((code, i) => [code, 1 << i])) as Record<WidthCode, number>;

type FitIndex = Record<ShopperRange, IndexedProduct[]>;

const indexes = new WeakMap<readonly SnapshotProduct[], FitIndex>();
const groups = new WeakMap<readonly SnapshotVariant[], (SizeGroup | undefined)[]>();

/** Keys by label as printed: a catalog uses a few dozen labels, seen on every variant. */
const KEY_MEMO: Record<FitRange, Map<string, number>> = { men: new Map(), women: new Map() };
/** One small number per distinct (range, label) ever seen by this process. */
const KEY_NUMBERS = new Map<string, number>();

const BRAND_NUMBERS = new Map<string, number>();

/** A small number per brand slug seen by this process. */
export function brandNumber(slug: string): number {
  let number = BRAND_NUMBERS.get(slug);
  if (number === undefined) BRAND_NUMBERS.set(slug, (number = BRAND_NUMBERS.size));
  return number;
}

/** The number under which a variant of this range and label is grouped (equal labels, equal numbers). */
export function sizeKey(fitRange: FitRange, size: string): number {
  const memo = KEY_MEMO[fitRange];
  let key = memo.get(size);
  if (key === undefined) {
    const text = `${fitRange}:${sizeLabelKey(size)}`;
    key = KEY_NUMBERS.get(text);
    if (key === undefined) KEY_NUMBERS.set(text, (key = KEY_NUMBERS.size));
    // Labels are staff-entered text; past this many, keys are still right, just not memoised.
    if (memo.size < 10_000) memo.set(size, key);
  }
  return key;
}

/** Ties go to the lower SKU, so the choice doesn't depend on list order. */
function isBetterStocked(candidate: SnapshotVariant, current: SnapshotVariant | undefined): boolean {
  return (
    !current || candidate.stock > current.stock || (candidate.stock === current.stock && candidate.sku < current.sku)
  );
}

function toSizeGroup(variants: SnapshotVariant[]): SizeGroup {
  let madeWidths = 0;
  let widthsInStock = 0;
  const stocked: (SnapshotVariant | undefined)[] = WIDTH_CODES.map(() => undefined);
  for (const variant of variants) {
    madeWidths |= WIDTH_BIT[variant.width] ?? 0;
    const at = WIDTH_INDEX[variant.width];
    if (at === undefined || variant.stock <= 0) continue;
    if (!stocked[at]) widthsInStock++;
    if (isBetterStocked(variant, stocked[at])) stocked[at] = variant;
  }
  return { variants, widthsInStock, madeWidths, stocked };
}

export function groupBySize(variants: readonly SnapshotVariant[]): (SizeGroup | undefined)[] {
  const lists = new Map<number, SnapshotVariant[]>();
  for (const variant of variants) {
    const key = sizeKey(variant.fitRange, variant.size);
    const list = lists.get(key);
    if (list) list.push(variant);
    else lists.set(key, [variant]);
  }
  // Dense (filled with undefined up to the largest key) so the array stays a fast packed one.
  const sizes: (SizeGroup | undefined)[] = [];
  for (const key of lists.keys()) while (sizes.length <= key) sizes.push(undefined);
  for (const [key, list] of lists) sizes[key] = toSizeGroup(list);
  return sizes;
}

function groupedBySize(variants: readonly SnapshotVariant[]): (SizeGroup | undefined)[] {
  let sizes = groups.get(variants);
  if (!sizes) groups.set(variants, (sizes = groupBySize(variants)));
  return sizes;
}

/**
 * The products worth screening for a shopper range, in catalog order. The others would fail
 * H_RANGE, and a range miss is never shown, not even as "close but not shown".
 */
export function indexedProductsFor(
  products: readonly SnapshotProduct[],
  shopper: ShopperRange,
): readonly IndexedProduct[] {
  let index = indexes.get(products);
  if (!index) {
    const both = products.map((product) => ({
      product,
      brand: brandNumber(product.brandSlug),
      sizes: groupedBySize(product.variants),
    }));
    index = {
      both,
      men: both.filter(({ product }) => product.range !== "women"),
      women: both.filter(({ product }) => product.range !== "men"),
    };
    indexes.set(products, index);
  }
  return index[shopper];
}
