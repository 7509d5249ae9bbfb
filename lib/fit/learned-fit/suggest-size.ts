import type { SizeChartEntry } from "@/lib/catalog/snapshot-types";
import { chartLabelFor } from "../size-chart";
import type { FitAdjustment } from "./fit-control";
import type { LearnedFitEstimate, LengthCounts } from "./learned-fit-estimate";

// The size to suggest for a foot: the brand chart's label, moved by the adjustment in force.
// Brand charts step in half sizes, so a length adjustment of n half sizes is n rows: a shoe that
// runs large by one half size (+1) gets the row below.

export type SizeSuggestion = {
  sizeLabel: string;
  /** The label the brand chart alone gives. */
  chartSizeLabel: string;
  /** Rows moved from the chart: negative = smaller. */
  movedHalfSizes: number;
  reason:
    | { kind: "chart" }
    | {
        kind: "learned" | "frozen" | "override";
        /** "short" when buyers found the chart size too short (so we suggest larger). */
        direction: "short" | "long";
        /** Buyers who answered about length and said so, of all who answered about length. */
        agreeing: number;
        answered: number;
      };
};

/** Null when the foot is off the brand chart. The move stops at the chart's ends. */
export function suggestSize(
  chart: readonly SizeChartEntry[],
  footLengthMm: number,
  adjustment: FitAdjustment,
  estimate: LearnedFitEstimate | null = null,
): SizeSuggestion | null {
  const chartLabel = chartLabelFor(chart, footLengthMm);
  if (!chartLabel) return null;
  const rows = [...chart].sort((a, b) => a.minMm - b.minMm || a.maxMm - b.maxMm);
  const at = rows.findIndex((row) => row.size === chartLabel.size);
  const target = Math.min(rows.length - 1, Math.max(0, at - adjustment.lengthHalfSizes));
  const moved = target - at;
  const sizeLabel = rows[target]?.size ?? chartLabel.size;
  if (moved === 0 || adjustment.basis === "chart") {
    return {
      sizeLabel: chartLabel.size,
      chartSizeLabel: chartLabel.size,
      movedHalfSizes: 0,
      reason: { kind: "chart" },
    };
  }
  const direction = moved > 0 ? "short" : "long";
  const counts: LengthCounts = estimate?.length.counts ?? { short: 0, right: 0, long: 0 };
  return {
    sizeLabel,
    chartSizeLabel: chartLabel.size,
    movedHalfSizes: moved,
    reason: {
      kind: adjustment.basis,
      direction,
      agreeing: counts[direction],
      answered: counts.short + counts.right + counts.long,
    },
  };
}
