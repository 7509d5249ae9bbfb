import type { FitRange } from "@/lib/catalog/fit-facts";
import type { CatalogSnapshot, SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { FitAnswers } from "./answers-schema";
import { chartLabelFor, sameSizeLabel } from "./size-chart";
import { describeSize, describeWidthCode } from "./size-words";
import type { Evaluation, HardFailure } from "./types";
import { neededWidth, nextRoomierWidth } from "./width-need";

// Hard filters (../shared/fit-spec.md §5), in order: H_RANGE, H_SIZE, H_WIDTH, H_INSOLE,
// H_BUDGET. Every filter is checked, not just the first that fails, so "close but not shown"
// can prefer products that missed by one rule.

export type FilterContext = { answers: FitAnswers; footMm: number; brands: CatalogSnapshot["brands"] };

/** Label ranges worth trying for a product; empty when the product's range doesn't match. */
function fitRangesFor(product: SnapshotProduct, shopper: FitAnswers["range"]): FitRange[] {
  if (product.range === "unisex") return shopper === "both" ? ["men", "women"] : [shopper];
  return shopper === "both" || shopper === product.range ? [product.range] : [];
}

/** The best-stocked variant of a width in the size, so the choice doesn't depend on list order. */
function inStock(variants: SnapshotVariant[], width: string): SnapshotVariant | null {
  const stocked = variants.filter((v) => v.width === width && v.stock > 0);
  stocked.sort((a, b) => b.stock - a.stock || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  return stocked[0] ?? null;
}

function evaluateInRange(product: SnapshotProduct, fitRange: FitRange, ctx: FilterContext): Evaluation {
  const { answers } = ctx;
  const needed = neededWidth(answers.width, fitRange);
  const chart = ctx.brands[product.brandSlug]?.sizeChart[fitRange] ?? [];
  const label = chartLabelFor(chart, ctx.footMm);
  const result: Evaluation = { product, fitRange, label, needed, match: null, roomier: null, widthsInStock: 0, failures: [] };
  const fail = (failure: HardFailure) => result.failures.push(failure);

  if (!label) {
    fail({ ruleId: "H_SIZE", text: `This brand's chart has no size for a ${Math.round(ctx.footMm)} mm foot` });
  } else {
    const size = describeSize(label.size, fitRange, answers.range);
    const inSize = product.variants.filter((v) => v.fitRange === fitRange && sameSizeLabel(v.size, label.size));
    result.widthsInStock = new Set(inSize.filter((v) => v.stock > 0).map((v) => v.width)).size;
    result.match = inStock(inSize, needed.code);
    const width = describeWidthCode(fitRange, needed.code);
    if (inSize.length === 0) {
      fail({ ruleId: "H_SIZE", text: `Not made in your ${size}` });
    } else if (result.widthsInStock === 0) {
      fail({ ruleId: "H_SIZE", text: `Your ${size} is out of stock right now` });
      // Restocking fixes the size; if the width isn't made at all, that's a second miss.
      if (!inSize.some((v) => v.width === needed.code)) fail({ ruleId: "H_WIDTH", text: `Not made in ${width} in your ${size}` });
    } else if (!result.match) {
      fail({ ruleId: "H_WIDTH", text: `Not in stock in ${width} in your ${size}` });
      const roomierCode = nextRoomierWidth(needed.code, fitRange);
      result.roomier = roomierCode ? inStock(inSize, roomierCode) : null;
    }
  }

  if (answers.orthotics !== "none" && !product.removableInsole) {
    fail({ ruleId: "H_INSOLE", text: "The insole is glued in, so your own insoles or orthotics won't fit" });
  }
  const priceCents = (result.match ?? result.roomier)?.priceCents ?? product.priceCents;
  if (answers.budgetCents !== null && priceCents > answers.budgetCents) {
    fail({ ruleId: "H_BUDGET", text: "Over your budget" });
  }
  return result;
}

/**
 * A product through every hard filter. With `range: "both"` a unisex product is tried in
 * men's and women's labels and the labels that fit best are kept (fewest failures; men's
 * labels first on a tie, the usual labelling of unisex shoes).
 */
export function evaluateProduct(product: SnapshotProduct, ctx: FilterContext): Evaluation {
  const ranges = fitRangesFor(product, ctx.answers.range);
  const evaluations = ranges.map((fitRange) => evaluateInRange(product, fitRange, ctx));
  const best = evaluations.reduce<Evaluation | null>(
    (kept, next) => (kept && kept.failures.length <= next.failures.length ? kept : next),
    null,
  );
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
