import { estimateLearnedFit } from "@/lib/fit/learned-fit/estimate-learned-fit";
import { fitAdjustmentFor, NO_ADJUSTMENT, type FitAdjustment } from "@/lib/fit/learned-fit/fit-control";
import { suggestSize } from "@/lib/fit/learned-fit/suggest-size";
import { CHART, SYNTHETIC_NOW, syntheticSignals } from "./learned-fit-synthetic";

// Staff's freeze and override per product always beat the model.

const runsSmall = estimateLearnedFit(
  CHART,
  syntheticSignals({ seed: 5, buyers: 200, lengthHalfSizes: -1 }),
  SYNTHETIC_NOW,
);
const noEvidence = estimateLearnedFit(CHART, [], SYNTHETIC_NOW);
const FOOT_MM = 268; // size 9 on CHART (266–270)

describe("learned fit: freezes and overrides", () => {
  it("learned: acts on the model's estimate, and on nothing without evidence", () => {
    expect(runsSmall.length.actingHalfSizes).toBe(-1);
    expect(fitAdjustmentFor(runsSmall, { mode: "learned" })).toEqual({
      lengthHalfSizes: -1,
      widthSteps: 0,
      basis: "learned",
    });
    expect(fitAdjustmentFor(noEvidence, { mode: "learned" })).toEqual(NO_ADJUSTMENT);
    expect(fitAdjustmentFor(null, { mode: "learned" })).toEqual(NO_ADJUSTMENT);
  });

  it("override: staff's value, whatever the model says", () => {
    expect(fitAdjustmentFor(runsSmall, { mode: "override", overrideHalfSizes: 1 })).toEqual({
      lengthHalfSizes: 1,
      widthSteps: 0,
      basis: "override",
    });
    expect(fitAdjustmentFor(noEvidence, { mode: "override", overrideHalfSizes: -2, overrideWidthSteps: -1 })).toEqual({
      lengthHalfSizes: -2,
      widthSteps: -1,
      basis: "override",
    });
    // An override of 0 pins the brand chart even though the model would move.
    const pinned = fitAdjustmentFor(runsSmall, { mode: "override", overrideHalfSizes: 0 });
    expect(suggestSize(CHART, FOOT_MM, pinned, runsSmall)?.sizeLabel).toBe("9");
  });

  it("frozen: keeps the adjustment acted on when staff froze it, however the evidence moves", () => {
    const lastActed: FitAdjustment = { lengthHalfSizes: 1, widthSteps: 0, basis: "learned" };
    expect(fitAdjustmentFor(runsSmall, { mode: "frozen" }, lastActed)).toEqual({ ...lastActed, basis: "frozen" });
    expect(suggestSize(CHART, FOOT_MM, fitAdjustmentFor(runsSmall, { mode: "frozen" }, lastActed))?.sizeLabel).toBe(
      "8.5",
    );
  });

  it("frozen with nothing acted on before: the brand chart, even when the model would move", () => {
    const frozen = fitAdjustmentFor(runsSmall, { mode: "frozen" }, null);
    expect(frozen).toMatchObject({ lengthHalfSizes: 0, widthSteps: 0 });
    expect(suggestSize(CHART, FOOT_MM, frozen, runsSmall)?.sizeLabel).toBe("9");
  });
});
