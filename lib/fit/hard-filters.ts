import type { FitRange } from "@/lib/catalog/fit-facts";
import type { CatalogSnapshot, SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { FitAnswers } from "./answers-schema";
import { brandNumber, groupBySize, sizeKey, WIDTH_BIT, WIDTH_INDEX, type IndexedProduct } from "./catalog-index";
import { chartLabelFor, type ChartLabel } from "./size-chart";
import { describeSize, describeWidthCode } from "./size-words";
import type { Evaluation, HardFailure, HardRuleId, Screened } from "./types";
import { neededWidth, nextRoomierWidth, type WidthRequirement } from "./width-need";

// Hard filters (docs/product-spec.md §5.2), in order: H_RANGE, H_SIZE, H_WIDTH, H_INSOLE,
// H_BUDGET. Every filter is checked, not just the first that fails, so "close but not shown"
// can prefer products that missed by one rule.

export type FilterContext = {
  answers: FitAnswers;
  footMm: number;
  brands: CatalogSnapshot["brands"];
  /** Per-request memo (createFilterContext): labels and widths are the same for every product. */
  memo: Record<FitRange, RangeMemo>;
};

/** A brand's label for the shopper's foot, with its key in a product's size groups. */
type SizeInRange = { label: ChartLabel | null; key: number };
/** Plain numbers and arrays: the engine reads these once per product of the catalog. */
type RangeMemo = {
  needed: WidthRequirement;
  neededIndex: number;
  neededBit: number;
  /** WIDTH_INDEX of the next roomier width, or -1. */
  roomierIndex: number;
  /** By brandNumber. */
  sizes: (SizeInRange | undefined)[];
};

/** The context for one request. Large catalogs are benchmarked in tests/bench/fit.ts. */
export function createFilterContext(
  answers: FitAnswers,
  footMm: number,
  brands: CatalogSnapshot["brands"],
): FilterContext {
  const memo = (fitRange: FitRange): RangeMemo => {
    const needed = neededWidth(answers.width, fitRange);
    const roomier = nextRoomierWidth(needed.code, fitRange);
    return {
      needed,
      neededIndex: WIDTH_INDEX[needed.code],
      neededBit: WIDTH_BIT[needed.code],
      roomierIndex: roomier ? WIDTH_INDEX[roomier] : -1,
      sizes: [],
    };
  };
  return { answers, footMm, brands, memo: { men: memo("men"), women: memo("women") } };
}

function sizeFor(
  ctx: FilterContext,
  memo: RangeMemo,
  brand: number,
  brandSlug: string,
  fitRange: FitRange,
): SizeInRange {
  const known = memo.sizes[brand];
  if (known) return known;
  const label = chartLabelFor(ctx.brands[brandSlug]?.sizeChart[fitRange] ?? [], ctx.footMm);
  const size: SizeInRange = { label, key: label ? sizeKey(fitRange, label.size) : -1 };
  while (memo.sizes.length < brand) memo.sizes.push(undefined); // keep the array packed
  memo.sizes[brand] = size;
  return size;
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

function countBits(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Failed rules as bits, in rule order: every rule fails at most once per product. */
export const RULE_BIT: Record<HardRuleId, number> = { H_RANGE: 1, H_SIZE: 2, H_WIDTH: 4, H_INSOLE: 8, H_BUDGET: 16 };

/** How many rules a screened product failed. */
export function failureCount(screened: Screened): number {
  return countBits(screened.failed);
}

/**
 * The hard filters for one label range, without the failure texts: the engine screens every
 * product of the catalog, and describes only the few it shows (describeFailures).
 */
function screenInRange(
  entry: IndexedProduct,
  fitRange: FitRange,
  ctx: FilterContext,
  out: Screened | undefined,
): Screened {
  const { answers } = ctx;
  const { product } = entry;
  const memo = ctx.memo[fitRange];
  const { needed } = memo;
  const { label, key } = sizeFor(ctx, memo, entry.brand, product.brandSlug, fitRange);
  const group = label ? entry.sizes[key] : undefined;
  const inSize = group?.variants ?? NO_VARIANTS;
  const widthsInStock = group?.widthsInStock ?? 0;
  const match = group?.stocked[memo.neededIndex] ?? null;
  let failed = 0;
  let roomier: SnapshotVariant | null = null;
  if (!group) {
    failed |= RULE_BIT.H_SIZE;
  } else if (widthsInStock === 0) {
    failed |= RULE_BIT.H_SIZE;
    // Restocking fixes the size; if the width isn't made at all, that's a second miss.
    if ((group.madeWidths & memo.neededBit) === 0) failed |= RULE_BIT.H_WIDTH;
  } else if (!match) {
    failed |= RULE_BIT.H_WIDTH;
    roomier = (memo.roomierIndex >= 0 && group.stocked[memo.roomierIndex]) || null;
  }
  if (answers.orthotics !== "none" && !product.removableInsole) failed |= RULE_BIT.H_INSOLE;
  const priceCents = (match ?? roomier)?.priceCents ?? product.priceCents;
  if (answers.budgetCents !== null && priceCents > answers.budgetCents) failed |= RULE_BIT.H_BUDGET;
  if (!out) return { product, fitRange, label, needed, inSize, match, roomier, widthsInStock, failed };
  out.product = product;
  out.fitRange = fitRange;
  out.label = label;
  out.needed = needed;
  out.inSize = inSize;
  out.match = match;
  out.roomier = roomier;
  out.widthsInStock = widthsInStock;
  out.failed = failed;
  return out;
}

const NO_VARIANTS: readonly SnapshotVariant[] = [];

/**
 * Reusable results for screenProduct (one per label range tried), so screening a whole catalog
 * allocates nothing: the result is then only valid until the next call, and a caller keeping it
 * must copy it. Start with an empty array; screenProduct fills it.
 */
export type ScreenScratch = (Screened | undefined)[];

/**
 * A product through every hard filter, or null when its range doesn't match. With
 * `range: "both"` a unisex product is tried in men's and women's labels and the labels that fit
 * best are kept (fewest failures; men's labels first on a tie, the usual labelling of unisex shoes).
 */
export function screenProduct(entry: IndexedProduct, ctx: FilterContext, scratch?: ScreenScratch): Screened | null {
  let best: Screened | null = null;
  let bestCount = 0;
  let slot = 0;
  for (const fitRange of fitRangesFor(entry.product, ctx.answers.range)) {
    const next = screenInRange(entry, fitRange, ctx, scratch?.[slot]);
    if (scratch) scratch[slot] = next;
    slot++;
    const count = failureCount(next);
    if (!best || count < bestCount) {
      best = next;
      bestCount = count;
    }
  }
  return best;
}

/** The failure texts for a screened product, in rule order. */
export function describeFailures(screened: Screened, ctx: FilterContext): HardFailure[] {
  const { product, fitRange, label, needed, inSize, widthsInStock, failed } = screened;
  const failures: HardFailure[] = [];
  const size = () => describeSize(label?.size ?? "", fitRange, ctx.answers.range);
  const width = () => describeWidthCode(fitRange, needed.code);
  if (failed & RULE_BIT.H_RANGE) {
    failures.push({
      ruleId: "H_RANGE",
      text: `Made in ${product.range === "women" ? "women's" : "men's"} sizing only`,
    });
  }
  if (failed & RULE_BIT.H_SIZE) {
    const text = !label
      ? `This brand's chart has no size for a ${Math.round(ctx.footMm)} mm foot`
      : inSize.length === 0
        ? `Not made in your ${size()}`
        : `Your ${size()} is out of stock right now`;
    failures.push({ ruleId: "H_SIZE", text });
  }
  if (failed & RULE_BIT.H_WIDTH) {
    const text =
      widthsInStock === 0 ? `Not made in ${width()} in your ${size()}` : `Not in stock in ${width()} in your ${size()}`;
    failures.push({ ruleId: "H_WIDTH", text });
  }
  if (failed & RULE_BIT.H_INSOLE) {
    failures.push({ ruleId: "H_INSOLE", text: "The insole is glued in, so your own insoles or orthotics won't fit" });
  }
  if (failed & RULE_BIT.H_BUDGET) failures.push({ ruleId: "H_BUDGET", text: "Over your budget" });
  return failures;
}

/** A screened product with its failure texts: what reasons, notes and exclusions are built from. */
export function describeScreened(screened: Screened, ctx: FilterContext): Evaluation {
  const { product, fitRange, label, needed, match, roomier, widthsInStock } = screened;
  return { product, fitRange, label, needed, match, roomier, widthsInStock, failures: describeFailures(screened, ctx) };
}

/** The screen for a product whose range doesn't match: only the range rule fails. */
function rangeMiss(product: SnapshotProduct, ctx: FilterContext): Screened {
  const fitRange: FitRange = product.range === "women" ? "women" : "men";
  return {
    product,
    fitRange,
    label: null,
    needed: neededWidth(ctx.answers.width, fitRange),
    inSize: NO_VARIANTS,
    match: null,
    roomier: null,
    widthsInStock: 0,
    failed: RULE_BIT.H_RANGE,
  };
}

/** A product through every hard filter, with the failure texts. */
export function evaluateProduct(product: SnapshotProduct, ctx: FilterContext): Evaluation {
  const entry = { product, brand: brandNumber(product.brandSlug), sizes: groupBySize(product.variants) };
  return describeScreened(screenProduct(entry, ctx) ?? rangeMiss(product, ctx), ctx);
}

export function passesEveryFilter(evaluation: Evaluation): boolean {
  return evaluation.failures.length === 0;
}
