import type { FitRange } from "@/lib/catalog/fit-facts";
import { WIDTH_CODE_BY_NEED, widthCodesFor, type WidthCode, type WidthNeed } from "@/lib/catalog/width-codes";
import type { WidthAnswer } from "./answers-schema";

// Maps the width answer to the width code a variant must have (docs/product-spec.md §4.5).
// The same letter means different widths by range, so the need is resolved per fit range.

const NEED_BY_FEEL: Record<Exclude<WidthAnswer, { code: WidthCode }>, WidthNeed> = {
  loose: "narrow",
  just_right: "standard",
  bit_tight: "wide",
  very_tight: "extra_wide",
  // Most feet are standard width; the engine adds a note suggesting a width measurement.
  unsure: "standard",
};

export type WidthRequirement = { code: WidthCode; unsure: boolean };

/** The one width code that passes H_WIDTH for variants labelled in `range`. */
export function neededWidth(width: WidthAnswer, range: FitRange): WidthRequirement {
  if (typeof width !== "string") return { code: width.code, unsure: false };
  return { code: WIDTH_CODE_BY_NEED[range][NEED_BY_FEEL[width]], unsure: width === "unsure" };
}

/**
 * The next roomier code in the range, for labelled fallbacks. Only one step up: two steps
 * roomier is a different fit, not a near miss. Null when nothing is roomier or the code
 * isn't used in that range.
 */
export function nextRoomierWidth(code: WidthCode, range: FitRange): WidthCode | null {
  const codes = widthCodesFor(range);
  const index = codes.indexOf(code);
  return index >= 0 ? (codes[index + 1] ?? null) : null;
}
