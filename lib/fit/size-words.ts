import { FIT_RANGES, type FitRange } from "@/lib/catalog/fit-facts";
import { WIDTH_CODES, WIDTH_NEED_LABELS, widthNeedFor, type WidthCode } from "@/lib/catalog/width-codes";
import type { ShopperRange } from "./answers-schema";

// Size and width in the words shoppers read in reasons, notes and filter texts.

/** "size 11", or "women's size 9" when a shopper who chose both ranges could see either label. */
export function describeSize(size: string, fitRange: FitRange, shopperRange: ShopperRange): string {
  return shopperRange === "both" ? `${fitRange}'s size ${size}` : `size ${size}`;
}

function widthWords(fitRange: FitRange, code: WidthCode): string {
  const need = widthNeedFor(fitRange, code);
  if (!need) return code;
  const label = WIDTH_NEED_LABELS[need];
  return `${code} (${/^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label})`;
}

// Worked out once: the engine describes a width for every product that misses it.
const WIDTH_WORDS = Object.fromEntries(
  FIT_RANGES.map((range) => [range, Object.fromEntries(WIDTH_CODES.map((code) => [code, widthWords(range, code)]))]),
) as Record<FitRange, Record<WidthCode, string>>;

/** "4E (extra wide)"; keeps "XX wide" in capitals, unlike the catalog's lower-casing helper. */
export function describeWidthCode(fitRange: FitRange, code: WidthCode): string {
  return WIDTH_WORDS[fitRange]?.[code] ?? widthWords(fitRange, code);
}
