import { findBannedPhrases } from "@/lib/fit/banned-phrases";
import { estimateLearnedFit } from "@/lib/fit/learned-fit/estimate-learned-fit";
import { fitAdjustmentFor, NO_ADJUSTMENT } from "@/lib/fit/learned-fit/fit-control";
import type { FitSignal } from "@/lib/fit/learned-fit/fit-signal";
import { sizeSuggestionSentence, widthSuggestionSentence } from "@/lib/fit/learned-fit/learned-fit-words";
import { suggestSize } from "@/lib/fit/learned-fit/suggest-size";
import { suggestWidthCode } from "@/lib/fit/learned-fit/suggest-width";
import { CHART, SYNTHETIC_NOW, syntheticSignals } from "./learned-fit-synthetic";

// suggestSize moves the chart's label the way buyers' answers say, and the sentence that
// explains it quotes their counts in fit words only (docs/product-spec.md §1).

const FOOT_MM = 268; // size 9 on CHART (266–270)

describe("suggestSize", () => {
  it("suggests the size buyers kept: a shoe that runs small gets the label half a size up", () => {
    // Buyers of this shoe whose feet sit in size 9 on the chart: in 9 they say short, in 9.5 right.
    const signals = syntheticSignals({ seed: 11, buyers: 250, lengthHalfSizes: -1 });
    const kept = new Map<string, number>();
    for (const s of signals) {
      const chartLabel = CHART.find((row) => row.minMm <= (s.footLengthMm ?? 0) && (s.footLengthMm ?? 0) <= row.maxMm);
      if (s.source === "survey" && s.length === "right" && chartLabel?.size === "9") {
        kept.set(s.sizeLabel, (kept.get(s.sizeLabel) ?? 0) + 1);
      }
    }
    const mostKept = [...kept].sort((a, b) => b[1] - a[1])[0]?.[0];
    const estimate = estimateLearnedFit(CHART, signals, SYNTHETIC_NOW);
    const suggestion = suggestSize(CHART, FOOT_MM, fitAdjustmentFor(estimate, { mode: "learned" }), estimate);
    expect(mostKept).toBe("9.5");
    expect(suggestion).toMatchObject({ sizeLabel: "9.5", chartSizeLabel: "9", movedHalfSizes: 1 });
    expect(suggestion?.reason).toMatchObject({
      kind: "learned",
      direction: "short",
      agreeing: estimate.length.counts.short,
      answered: estimate.length.counts.short + estimate.length.counts.right + estimate.length.counts.long,
    });
  });

  it("suggests a smaller label for a shoe that runs large", () => {
    const estimate = estimateLearnedFit(
      CHART,
      syntheticSignals({ seed: 12, buyers: 250, lengthHalfSizes: 1 }),
      SYNTHETIC_NOW,
    );
    const suggestion = suggestSize(CHART, FOOT_MM, fitAdjustmentFor(estimate, { mode: "learned" }), estimate);
    expect(suggestion).toMatchObject({ sizeLabel: "8.5", movedHalfSizes: -1, reason: { direction: "long" } });
  });

  it("keeps the chart's label with no adjustment, and stops at the chart's ends", () => {
    expect(suggestSize(CHART, FOOT_MM, NO_ADJUSTMENT)).toEqual({
      sizeLabel: "9",
      chartSizeLabel: "9",
      movedHalfSizes: 0,
      reason: { kind: "chart" },
    });
    const up = { lengthHalfSizes: -2, widthSteps: 0, basis: "override" } as const;
    expect(suggestSize(CHART, CHART.at(-1)!.minMm, up)?.sizeLabel).toBe("14");
    expect(suggestSize(CHART, 100, up)).toBeNull();
  });

  it("suggests a roomier width code for a shoe that runs narrow, within the range's codes", () => {
    const narrow = { lengthHalfSizes: 0, widthSteps: -1, basis: "learned" } as const;
    expect(suggestWidthCode("D", "men", narrow)).toBe("2E");
    expect(suggestWidthCode("B", "women", narrow)).toBe("D");
    expect(suggestWidthCode("6E", "men", narrow)).toBe("6E");
    expect(suggestWidthCode("D", "men", { ...narrow, widthSteps: 1 })).toBe("B");
    expect(suggestWidthCode("D", "men", NO_ADJUSTMENT)).toBe("D");
  });
});

describe("learned-fit sentences", () => {
  const answers = (short: number, right: number): FitSignal[] => [
    ...Array.from({ length: short }, (): FitSignal => ({
      sizeLabel: "9",
      widthCode: "D",
      length: "short",
      width: null,
      source: "survey",
      at: SYNTHETIC_NOW,
    })),
    ...Array.from({ length: right }, (): FitSignal => ({
      sizeLabel: "9",
      widthCode: "D",
      length: "right",
      width: null,
      source: "survey",
      at: SYNTHETIC_NOW,
    })),
  ];

  it("quotes how many buyers said so", () => {
    const estimate = estimateLearnedFit(CHART, answers(41, 17), SYNTHETIC_NOW);
    const suggestion = suggestSize(CHART, FOOT_MM, fitAdjustmentFor(estimate, { mode: "learned" }), estimate)!;
    expect(sizeSuggestionSentence(suggestion)).toBe(
      "41 of 58 buyers who told us how it fits found their chart size too short, so we suggest size 9.5 rather than 9.",
    );
  });

  it("says nothing when the chart's label stands, and names no counts for a staff override", () => {
    expect(sizeSuggestionSentence(suggestSize(CHART, FOOT_MM, NO_ADJUSTMENT)!)).toBeNull();
    const override = suggestSize(CHART, FOOT_MM, { lengthHalfSizes: 1, widthSteps: 0, basis: "override" })!;
    expect(sizeSuggestionSentence(override)).toBe(
      "This shoe runs large for its size, so we suggest size 8.5 rather than 9.",
    );
  });

  it("words width the same way", () => {
    expect(widthSuggestionSentence("narrow", { agreeing: 14, answered: 30 }, "2E", "D")).toBe(
      "This shoe runs narrow: 14 of 30 buyers found it too tight, so we suggest 2E rather than D.",
    );
    expect(widthSuggestionSentence("roomy", { agreeing: 0, answered: 0 }, "B", "D")).toBe(
      "This shoe runs roomy, so we suggest B rather than D.",
    );
    expect(widthSuggestionSentence("narrow", { agreeing: 3, answered: 5 }, "D", "D")).toBeNull();
  });

  it("§1.2 every sentence passes the banned-phrase rules and makes no health claim", () => {
    const estimate = estimateLearnedFit(CHART, answers(30, 10), SYNTHETIC_NOW);
    const sentences = [
      sizeSuggestionSentence(suggestSize(CHART, FOOT_MM, fitAdjustmentFor(estimate, { mode: "learned" }), estimate)!),
      sizeSuggestionSentence(suggestSize(CHART, FOOT_MM, { lengthHalfSizes: 1, widthSteps: 0, basis: "learned" })!),
      sizeSuggestionSentence(suggestSize(CHART, FOOT_MM, { lengthHalfSizes: 1, widthSteps: 0, basis: "override" })!),
      widthSuggestionSentence("narrow", { agreeing: 1, answered: 1 }, "2E", "D"),
    ];
    for (const sentence of sentences) {
      expect(sentence).toMatch(/^(\d+ of \d+ buyers|This shoe runs)/);
      expect(findBannedPhrases(sentence!)).toEqual([]);
      expect(sentence).not.toMatch(/pain|back|health|posture|spine|relie|heal/i);
    }
  });
});
