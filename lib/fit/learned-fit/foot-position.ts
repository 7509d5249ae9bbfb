import type { SizeChartEntry } from "@/lib/catalog/snapshot-types";
import { sameSizeLabel } from "../size-chart";

// Where a buyer's foot sat in the size they bought, in half sizes from the middle of that
// label's row on the brand chart: 0 is the middle, ±0.5 the ends of the row, +1 a foot that
// the chart would put one size up. Rows are whole mm and inclusive, so a row 255–258 is 4 mm
// wide and its middle is 256.5.

/** The position, or null when the label isn't on the chart (nothing to measure against). */
export function footPositionHalfSizes(
  chart: readonly SizeChartEntry[],
  sizeLabel: string,
  footLengthMm: number,
): number | null {
  const row = chart.find((entry) => sameSizeLabel(entry.size, sizeLabel));
  if (!row) return null;
  const widthMm = row.maxMm - row.minMm + 1;
  const middleMm = (row.minMm + row.maxMm) / 2;
  return (Math.round(footLengthMm) - middleMm) / widthMm;
}

/**
 * A foot placed anywhere in its row with equal chance has this sd (a uniform over one half
 * size: 1/√12). It stands in for the position of a buyer whose foot length we don't know.
 */
export const UNKNOWN_POSITION_SD = 1 / Math.sqrt(12);
