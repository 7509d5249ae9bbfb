import type { FitRange } from "@/lib/catalog/fit-facts";
import type { CatalogSnapshot, SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import { WIDTH_CODES, type WidthCode } from "@/lib/catalog/width-codes";
import type { FitAnswers } from "./answers-schema";
import { chartLabelFor, sizeLabelKey, type ChartLabel } from "./size-chart";
import { describeSize, describeWidthCode } from "./size-words";
import type { Evaluation, HardFailure } from "./types";
import { neededWidth, nextRoomierWidth, type WidthRequirement } from "./width-need";

// Hard filters (../shared/fit-spec.md §5), in order: H_RANGE, H_SIZE, H_WIDTH, H_INSOLE,
// H_BUDGET. Every filter is checked, not just the first that fails, so "close but not shown"
// can prefer products that missed by one rule.

export type FilterContext = {
  answers: FitAnswers;
  footMm: number;
  brands: CatalogSnapshot["brands"];
  /** Per-request memo (createFilterContext): labels and widths are the same for every product. */
  memo?: Record<FitRange, RangeMemo>;
};

/** A brand's label for the shopper's foot, with its variant-index key (see variantsInSize). */
type SizeInRange = { label: ChartLabel | null; key: string };
type RangeMemo = { needed: WidthRequirement; sizes: Map<string, SizeInRange> };

/** The context for one request. Large catalogs are benchmarked in tests/bench/fit.ts. */
export function createFilterContext(answers: FitAnswers, footMm: number, brands: CatalogSnapshot["brands"]): FilterContext {
  const memo = (fitRange: FitRange): RangeMemo => ({ needed: neededWidth(answers.width, fitRange), sizes: new Map() });
  return { answers, footMm, brands, memo: { men: memo("men"), women: memo("women") } };
}

function sizeFor(ctx: FilterContext, brandSlug: string, fitRange: FitRange): SizeInRange {
  const known = ctx.memo?.[fitRange].sizes.get(brandSlug);
  if (known) return known;
  const label = chartLabelFor(ctx.brands[brandSlug]?.sizeChart[fitRange] ?? [], ctx.footMm);
  const size: SizeInRange = { label, key: label ? variantKey(fitRange, label.size) : "" };
  ctx.memo?.[fitRange].sizes.set(brandSlug, size);
  return size;
}

function variantKey(fitRange: FitRange, size: string): string {
  return `${fitRange}:${sizeLabelKey(size)}`;
}

/**
 * A product's variants grouped by fit range and size label, in list order. Keyed by the
 * variants array, which snapshots replace rather than edit, so a changed product gets a fresh
 * index; the variant objects themselves are shared, so stock is always read live.
 */
const variantIndex = new WeakMap<readonly SnapshotVariant[], Map<string, SnapshotVariant[]>>();

function variantsInSize(variants: readonly SnapshotVariant[], key: string): readonly SnapshotVariant[] {
  let index = variantIndex.get(variants);
  if (!index) {
    index = new Map();
    for (const variant of variants) {
      const variantSize = variantKey(variant.fitRange, variant.size);
      const group = index.get(variantSize);
      if (group) group.push(variant);
      else index.set(variantSize, [variant]);
    }
    variantIndex.set(variants, index);
  }
  return index.get(key) ?? [];
}

/** The catalog split by the shopper ranges a product can match, per snapshot. */
const productsByRange = new WeakMap<readonly SnapshotProduct[], Record<"men" | "women", SnapshotProduct[]>>();

/**
 * The products worth evaluating for a shopper range. The others would fail H_RANGE, and a
 * range miss is never shown, not even as "close but not shown".
 */
export function productsInRange(products: readonly SnapshotProduct[], shopper: FitAnswers["range"]): readonly SnapshotProduct[] {
  if (shopper === "both") return products;
  let split = productsByRange.get(products);
  if (!split) {
    split = { men: products.filter((p) => p.range !== "women"), women: products.filter((p) => p.range !== "men") };
    productsByRange.set(products, split);
  }
  return split[shopper];
}

const MEN_AND_WOMEN: readonly FitRange[] = ["men", "women"];
const MEN: readonly FitRange[] = ["men"];
const WOMEN: readonly FitRange[] = ["women"];
const NO_RANGES: readonly FitRange[] = [];

/** Label ranges worth trying for a product; empty when the product's range doesn't match. */
function fitRangesFor(product: SnapshotProduct, shopper: FitAnswers["range"]): readonly FitRange[] {
  if (product.range === "unisex") return shopper === "both" ? MEN_AND_WOMEN : shopper === "men" ? MEN : WOMEN;
  if (shopper !== "both" && shopper !== product.range) return NO_RANGES;
  return product.range === "men" ? MEN : WOMEN;
}

/** The best-stocked variant of a width in the size, so the choice doesn't depend on list order. */
function inStock(variants: readonly SnapshotVariant[], width: string): SnapshotVariant | null {
  let best: SnapshotVariant | null = null;
  for (const v of variants) {
    if (v.width !== width || v.stock <= 0) continue;
    if (!best || v.stock > best.stock || (v.stock === best.stock && v.sku < best.sku)) best = v;
  }
  return best;
}

const WIDTH_BIT = Object.fromEntries(WIDTH_CODES.map((code, i) => [code, 1 << i])) as Record<WidthCode, number>;

/** Distinct width codes with stock (the first tie-break), counted as bits to allocate nothing. */
function countWidthsInStock(variants: readonly SnapshotVariant[]): number {
  let bits = 0;
  for (const v of variants) if (v.stock > 0) bits |= WIDTH_BIT[v.width] ?? 0;
  let count = 0;
  for (; bits !== 0; bits &= bits - 1) count++;
  return count;
}

function evaluateInRange(product: SnapshotProduct, fitRange: FitRange, ctx: FilterContext): Evaluation {
  const { answers } = ctx;
  const needed = ctx.memo?.[fitRange].needed ?? neededWidth(answers.width, fitRange);
  const { label, key } = sizeFor(ctx, product.brandSlug, fitRange);
  const result: Evaluation = { product, fitRange, label, needed, match: null, roomier: null, widthsInStock: 0, failures: [] };
  const { failures } = result;

  if (!label) {
    failures.push({ ruleId: "H_SIZE", text: `This brand's chart has no size for a ${Math.round(ctx.footMm)} mm foot` });
  } else {
    const inSize = variantsInSize(product.variants, key);
    result.widthsInStock = countWidthsInStock(inSize);
    result.match = inStock(inSize, needed.code);
    // Texts are built only in the failure branches: this runs for every product of the catalog.
    if (inSize.length === 0) {
      failures.push({ ruleId: "H_SIZE", text: `Not made in your ${describeSize(label.size, fitRange, answers.range)}` });
    } else if (result.widthsInStock === 0) {
      failures.push({ ruleId: "H_SIZE", text: `Your ${describeSize(label.size, fitRange, answers.range)} is out of stock right now` });
      // Restocking fixes the size; if the width isn't made at all, that's a second miss.
      if (!inSize.some((v) => v.width === needed.code)) failures.push({ ruleId: "H_WIDTH", text: `Not made in ${describeWidthCode(fitRange, needed.code)} in your ${describeSize(label.size, fitRange, answers.range)}` });
    } else if (!result.match) {
      failures.push({ ruleId: "H_WIDTH", text: `Not in stock in ${describeWidthCode(fitRange, needed.code)} in your ${describeSize(label.size, fitRange, answers.range)}` });
      const roomierCode = nextRoomierWidth(needed.code, fitRange);
      result.roomier = roomierCode ? inStock(inSize, roomierCode) : null;
    }
  }

  if (answers.orthotics !== "none" && !product.removableInsole) {
    failures.push({ ruleId: "H_INSOLE", text: "The insole is glued in, so your own insoles or orthotics won't fit" });
  }
  const priceCents = (result.match ?? result.roomier)?.priceCents ?? product.priceCents;
  if (answers.budgetCents !== null && priceCents > answers.budgetCents) {
    failures.push({ ruleId: "H_BUDGET", text: "Over your budget" });
  }
  return result;
}

/**
 * A product through every hard filter. With `range: "both"` a unisex product is tried in
 * men's and women's labels and the labels that fit best are kept (fewest failures; men's
 * labels first on a tie, the usual labelling of unisex shoes).
 */
export function evaluateProduct(product: SnapshotProduct, ctx: FilterContext): Evaluation {
  let best: Evaluation | null = null;
  for (const fitRange of fitRangesFor(product, ctx.answers.range)) {
    const next = evaluateInRange(product, fitRange, ctx);
    if (!best || next.failures.length < best.failures.length) best = next;
  }
  if (best) return best;
  const fitRange: FitRange = product.range === "women" ? "women" : "men";
  const label = product.range === "women" ? "women's" : "men's";
  return {
    product, fitRange, label: null, needed: neededWidth(ctx.answers.width, fitRange),
    match: null, roomier: null, widthsInStock: 0,
    failures: [{ ruleId: "H_RANGE", text: `Made in ${label} sizing only` }],
  };
}

export function passesEveryFilter(evaluation: Evaluation): boolean {
  return evaluation.failures.length === 0;
}
