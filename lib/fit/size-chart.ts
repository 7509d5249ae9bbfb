import type { SizeChartEntry } from "@/lib/catalog/snapshot-types";

// Picks a brand's size label for a foot length. Brand charts are in whole mm (inclusive), so
// the foot length is rounded to the nearest mm first.

export type ChartLabel = {
  size: string;
  /** The foot sits on a boundary between two labels, so we chose the roomier one. */
  betweenSizes: boolean;
};

/** A foot this close (mm) to the top of a label is worth a "between sizes" note. */
const TOP_OF_LABEL_MM = 1;

/**
 * The label whose range holds the foot; if two overlap, the larger. A foot in a gap between
 * two labels gets the next size up. A foot beyond either end of the chart has no label.
 */
export function chartLabelFor(chart: readonly SizeChartEntry[], footMm: number): ChartLabel | null {
  const mm = Math.round(footMm);
  const sorted = [...chart].sort((a, b) => a.minMm - b.minMm || a.maxMm - b.maxMm);
  const holding = sorted.filter((entry) => entry.minMm <= mm && mm <= entry.maxMm);
  const largest = holding.at(-1);
  if (largest) {
    return { size: largest.size, betweenSizes: holding.length > 1 || largest.maxMm - mm < TOP_OF_LABEL_MM };
  }
  const below = sorted.some((entry) => entry.maxMm < mm);
  const above = sorted.find((entry) => entry.minMm > mm);
  return below && above ? { size: above.size, betweenSizes: true } : null;
}

/** "10.5" and "10.50" are the same label; non-numeric labels compare as written. */
export function sameSizeLabel(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? x === y : a.trim() === b.trim();
}

/**
 * A key equal for two labels exactly when sameSizeLabel says they match, so variants can be
 * grouped by size once instead of compared label by label.
 */
export function sizeLabelKey(label: string): string {
  const n = Number(label);
  return Number.isFinite(n) ? `#${n}` : `'${label.trim()}`;
}
