import type { LearnedFitEstimate } from "./learned-fit-estimate";

// Staff have the last word on each product. "learned": the model acts on its own. "frozen": the
// store keeps doing whatever it did when staff froze it (the last adjustment acted on, or none),
// however the evidence moves. "override": staff's numbers, whatever the model says.

export type FitControl =
  | { mode: "learned" }
  | { mode: "frozen" }
  | { mode: "override"; overrideHalfSizes: number; overrideWidthSteps?: number };

export type FitAdjustmentBasis = "chart" | "learned" | "frozen" | "override";

/** What the store acts on: the same signs as the estimate (positive = runs large / roomy). */
export type FitAdjustment = {
  lengthHalfSizes: number;
  widthSteps: number;
  basis: FitAdjustmentBasis;
};

export const NO_ADJUSTMENT: FitAdjustment = { lengthHalfSizes: 0, widthSteps: 0, basis: "chart" };

/**
 * The adjustment in force. `lastActed` is the one in force when the product was frozen (null
 * when none was stored); only "frozen" reads it.
 */
export function fitAdjustmentFor(
  estimate: LearnedFitEstimate | null,
  control: FitControl,
  lastActed: FitAdjustment | null = null,
): FitAdjustment {
  switch (control.mode) {
    case "override":
      return {
        lengthHalfSizes: Math.round(control.overrideHalfSizes),
        widthSteps: Math.round(control.overrideWidthSteps ?? 0),
        basis: "override",
      };
    case "frozen":
      return lastActed ? { ...lastActed, basis: "frozen" } : { ...NO_ADJUSTMENT, basis: "frozen" };
    case "learned": {
      const lengthHalfSizes = estimate?.length.actingHalfSizes ?? 0;
      const widthSteps = estimate?.width.actingSteps ?? 0;
      return lengthHalfSizes === 0 && widthSteps === 0
        ? NO_ADJUSTMENT
        : { lengthHalfSizes, widthSteps, basis: "learned" };
    }
  }
}
