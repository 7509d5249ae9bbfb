import type { FitRange, ProductRange } from "@/lib/catalog/fit-facts";

// Size labels the variant grid offers: US half sizes, wider than the demo catalog stocks so a
// new model's extra sizes fit without a code change.
function halfSizes(from: number, to: number): string[] {
  const labels: string[] = [];
  for (let size = from; size <= to; size += 0.5) labels.push(String(size));
  return labels;
}

export const SIZE_LABELS: Record<FitRange, string[]> = { men: halfSizes(6, 16), women: halfSizes(4, 13) };

/** Sizing ranges a product is stocked in: unisex models carry both men's and women's labels. */
export function fitRangesFor(range: ProductRange): FitRange[] {
  return range === "unisex" ? ["men", "women"] : [range];
}

/** The demo catalog's SKU shape: TRAILWISE-COMFORT-2-M10.5-4E. */
export function defaultSku(slug: string, fitRange: FitRange, sizeLabel: string, widthCode: string): string {
  return `${slug.toUpperCase()}-${fitRange === "men" ? "M" : "W"}${sizeLabel}-${widthCode}`;
}
