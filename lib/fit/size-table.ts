import type { FitRange } from "@/lib/catalog/fit-facts";
import type { ShopperRange, SizeAnswer } from "./answers-schema";

// Generic size-to-foot-length table. Source: docs/product-spec.md §4.6, which condenses the
// usual Brannock-style retail charts:
//   US men: size 8 ≈ 260 mm, and each full size ≈ +8.5 mm;
//   US women: about men's + 1.5 (women's 9.5 ≈ men's 8);
//   UK: about US men − 0.5 to −1; we take the middle, −0.75;
//   EU: about 1.5 × (foot length in cm + 1.5).
// Published tables disagree by half a size, so this only turns a label into mm; each brand's
// own chart then picks the label to stock (see size-chart.ts).

const US_MEN_ANCHOR = { size: 8, mm: 260 };
/** mm per full size on the US and UK scales. */
const MM_PER_US_SIZE = 8.5;
const US_WOMEN_OFFSET = 1.5;
const UK_BELOW_US_MEN = 0.75;

function usMenToMm(usMenSize: number): number {
  return US_MEN_ANCHOR.mm + (usMenSize - US_MEN_ANCHOR.size) * MM_PER_US_SIZE;
}

/**
 * Foot length in mm for a size answer. `range` only matters for US sizes, the one system
 * with separate men's and women's scales.
 */
export function footLengthMm(size: SizeAnswer, range: FitRange): number {
  if ("footLengthMm" in size) return size.footLengthMm;
  switch (size.system) {
    case "US":
      return usMenToMm(range === "women" ? size.value - US_WOMEN_OFFSET : size.value);
    case "UK":
      return usMenToMm(size.value + UK_BELOW_US_MEN);
    case "EU":
      // EU = 1.5 × (cm + 1.5)  ⇒  cm = EU / 1.5 − 1.5
      return (size.value / 1.5 - 1.5) * 10;
  }
}

/** The US label the generic table gives a foot length, to the nearest half size. */
export function genericUsSize(mm: number, range: FitRange): number {
  const usMen = US_MEN_ANCHOR.size + (mm - US_MEN_ANCHOR.mm) / MM_PER_US_SIZE;
  const us = range === "women" ? usMen + US_WOMEN_OFFSET : usMen;
  return Math.round(us * 2) / 2;
}

/**
 * Foot length for the shopper's range. A US size with `both` is read on the men's scale,
 * the usual labelling of unisex shoes; the quiz suggests entering a foot length instead.
 */
export function shopperFootLengthMm(size: SizeAnswer, range: ShopperRange): number {
  return footLengthMm(size, range === "women" ? "women" : "men");
}
