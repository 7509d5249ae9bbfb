import type { FitRange } from "../../lib/catalog/fit-facts";

// Demo brands for the seed. Every name is invented for this project.
// Size charts are derived from the generic US size-to-foot-length table in docs/product-spec.md
// §4.6 (US men 8 ≈ 260 mm, +8.5 mm per full size; US women ≈ men's + 1.5), shifted by each brand's
// offset because brands run slightly long or short.

export type SeedBrand = {
  slug: string;
  name: string;
  description: string;
  /** mm added to the generic foot length of every size in this brand's chart (e.g. -3..+4): brands run slightly different */
  offsetMm: number;
};

export const SEED_BRANDS: SeedBrand[] = [
  {
    slug: "ambleworth",
    name: "Ambleworth",
    description:
      "Ambleworth builds roomy, well-cushioned walking shoes on generous lasts, with most styles made in true extra-wide widths. Sizes run a little small, so check the chart before you order.",
    offsetMm: -3,
  },
  {
    slug: "kestrelwalk",
    name: "Kestrelwalk",
    description: "Light, lively walking shoes with a close, secure fit. Kestrelwalk sizes run a touch small.",
    offsetMm: -1,
  },
  {
    slug: "tidewell",
    name: "Tidewell",
    description:
      "Tidewell is known for deep, soft midsoles and smooth rolling soles that keep long walks feeling easy. Sizing follows the standard chart.",
    offsetMm: 0,
  },
  {
    slug: "hollin-and-vale",
    name: "Hollin & Vale",
    description:
      "Hollin & Vale makes honest, well-made walking shoes at fair prices, from light daily walkers to plush long-distance models. Sizes run very slightly long.",
    offsetMm: 1,
  },
  {
    slug: "larchmere",
    name: "Larchmere",
    description:
      "Larchmere crafts structured leather walkers with firm heel counters and a steady, planted feel, in widths up to 6E. Their lasts run a little long.",
    offsetMm: 2,
  },
  {
    slug: "pebblestride",
    name: "Pebblestride",
    description:
      "Pebblestride designs low-to-the-ground shoes with foot-shaped toe boxes that let your toes spread naturally. Sizes run long; many walkers take a half size down.",
    offsetMm: 3,
  },
  {
    slug: "mossgate",
    name: "Mossgate",
    description:
      "Mossgate focuses on shoes that are easy to get on and off, with adjustable straps, stretch uppers and roomy fits. Their sizing runs noticeably long.",
    offsetMm: 4,
  },
];

/** US sizes a brand makes in a range, as printed labels ("7", "7.5", …). */
function sizeNumbers(range: FitRange): number[] {
  const [from, to] = range === "men" ? [7, 14] : [5, 12];
  const sizes: number[] = [];
  for (let s = from; s <= to; s += 0.5) sizes.push(s);
  return sizes;
}

/** Generic nominal foot length (mm) for a US size in a range. */
function nominalFootLengthMm(range: FitRange, size: number): number {
  const menSize = range === "men" ? size : size - 1.5;
  return 260 + (menSize - 8) * 8.5;
}

/** Half of a half-size step, in mm. */
const HALF_STEP_MM = 8.5 / 4;

/** Size chart rows for a brand and range: every label the brand makes (men US 7-14 in half sizes, women US 5-12 in half sizes), each mapping to an inclusive foot-length range in mm that tiles with no gaps/overlaps between consecutive labels. */
export function sizeChartFor(
  brand: SeedBrand,
  range: FitRange,
): { sizeLabel: string; footLengthMinMm: number; footLengthMaxMm: number }[] {
  const sizes = sizeNumbers(range);
  const mins = sizes.map((s) => Math.round(nominalFootLengthMm(range, s) - HALF_STEP_MM) + brand.offsetMm);
  return sizes.map((s, i) => {
    const next = mins[i + 1];
    const max =
      next !== undefined ? next - 1 : Math.round(nominalFootLengthMm(range, s) + HALF_STEP_MM) + brand.offsetMm;
    return { sizeLabel: String(s), footLengthMinMm: mins[i]!, footLengthMaxMm: max };
  });
}
