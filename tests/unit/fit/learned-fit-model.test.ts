import { evidenceWeight } from "@/lib/fit/learned-fit/evidence-decay";
import { estimateLearnedFit } from "@/lib/fit/learned-fit/estimate-learned-fit";
import type { FitSignal } from "@/lib/fit/learned-fit/fit-signal";
import { LEARNED_FIT_PARAMETERS } from "@/lib/fit/learned-fit/model-parameters";
import { CHART, SYNTHETIC_NOW, syntheticSignals } from "./learned-fit-synthetic";

// The learned-fit model (docs/decisions/0023-learned-fit-model.md): what it recovers, when it
// refuses to act, and how old evidence fades.

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(SYNTHETIC_NOW.getTime() - days * DAY_MS);

/** `n` survey answers about length from buyers of size 10 whose feet we don't know. */
function answers(n: number, length: FitSignal["length"], at = SYNTHETIC_NOW): FitSignal[] {
  return Array.from({ length: n }, () => ({
    sizeLabel: "10",
    widthCode: "D",
    length,
    width: null,
    source: "survey",
    at,
  }));
}

describe("learned fit: recovering known offsets", () => {
  it.each([-2, -1, 0, 1, 2])("recovers a hidden length offset of %d half sizes from 300 buyers", (offset) => {
    const signals = syntheticSignals({
      seed: 100 + offset,
      buyers: 300,
      lengthHalfSizes: offset,
      habitRows: [-2, -1, 0, 1, 2],
    });
    const { length } = estimateLearnedFit(CHART, signals, SYNTHETIC_NOW);
    expect(Math.abs(length.offsetHalfSizes - offset)).toBeLessThan(0.35);
    expect(length.actingHalfSizes).toBe(offset);
    expect(length.interval.low).toBeLessThanOrEqual(length.offsetHalfSizes);
    expect(length.interval.high).toBeGreaterThanOrEqual(length.offsetHalfSizes);
    expect(length.sd).toBeLessThan(0.25);
  });

  it("recovers a one-half-size offset from buyers who all bought the chart size, half of them with no known foot", () => {
    const signals = syntheticSignals({
      seed: 7,
      buyers: 120,
      lengthHalfSizes: -1,
      habitRows: [0],
      knownFootShare: 0.5,
    });
    const { length } = estimateLearnedFit(CHART, signals, SYNTHETIC_NOW);
    expect(length.offsetHalfSizes).toBeLessThan(-0.6);
    expect(length.offsetHalfSizes).toBeGreaterThan(-1.4);
    expect(length.actingHalfSizes).toBe(-1);
  });

  it.each([
    [-1, "narrow"],
    [0, "true"],
    [1, "roomy"],
  ] as const)("recovers a width tendency of %d codes as %s", (steps, tendency) => {
    const signals = syntheticSignals({ seed: 40 + steps, buyers: 200, widthSteps: steps });
    const { width } = estimateLearnedFit(CHART, signals, SYNTHETIC_NOW);
    expect(width.tendency).toBe(tendency);
    expect(width.probabilities[tendency]).toBeGreaterThan(0.9);
    expect(width.actingSteps).toBe(steps);
    expect(Math.abs(width.offsetSteps - steps)).toBeLessThan(0.4);
  });

  it("counts answers by feel for staff and shoppers", () => {
    const signals = [...answers(3, "short"), ...answers(2, "right"), ...answers(1, "long"), ...answers(4, null)];
    const estimate = estimateLearnedFit(CHART, signals, SYNTHETIC_NOW);
    expect(estimate.length.counts).toEqual({ short: 3, right: 2, long: 1 });
    expect(estimate.length.effectiveEvidence).toBeCloseTo(6, 6);
    expect(estimate.signals).toBe(10);
  });

  it("gives the same estimate for the same signals (no clock, no randomness inside)", () => {
    const signals = syntheticSignals({ seed: 3, buyers: 80, lengthHalfSizes: 1 });
    expect(estimateLearnedFit(CHART, signals, SYNTHETIC_NOW)).toEqual(
      estimateLearnedFit(CHART, signals, SYNTHETIC_NOW),
    );
  });
});

describe("learned fit: the minimum of evidence", () => {
  const min = LEARNED_FIT_PARAMETERS.minLengthEvidence;

  it(`does not act on ${min - 1} answers that all say too short, however clear`, () => {
    const { length } = estimateLearnedFit(CHART, answers(min - 1, "short"), SYNTHETIC_NOW);
    expect(length.offsetHalfSizes).toBeLessThan(-0.5); // the evidence points one way...
    expect(length.confident).toBe(false); // ...but there is too little of it
    expect(length.actingHalfSizes).toBe(0);
  });

  it(`acts on ${min} such answers, by one half size: they say "at least one", not how many`, () => {
    const { length } = estimateLearnedFit(CHART, answers(min, "short"), SYNTHETIC_NOW);
    expect(length.confident).toBe(true);
    expect(length.offsetHalfSizes).toBeLessThan(-1); // the mean alone would move further
    expect(length.actingHalfSizes).toBe(-1);
  });

  it("does not act while the answers are split, however many there are", () => {
    const signals = [...answers(60, "short"), ...answers(60, "right"), ...answers(60, "long")];
    const { length } = estimateLearnedFit(CHART, signals, SYNTHETIC_NOW);
    expect(Math.abs(length.offsetHalfSizes)).toBeLessThan(0.2);
    expect(length.actingHalfSizes).toBe(0);
  });

  it("does not act when buyers split between too short and too long and none found it right", () => {
    // The posterior has two humps, one each side of the chart: its mean leans one way, but its
    // interval spans 0, and that alone keeps the chart size.
    const { length } = estimateLearnedFit(CHART, [...answers(11, "short"), ...answers(9, "long")], SYNTHETIC_NOW);
    expect(Math.abs(length.offsetHalfSizes)).toBeGreaterThanOrEqual(LEARNED_FIT_PARAMETERS.minActingOffset);
    expect(length.effectiveEvidence).toBeGreaterThanOrEqual(min);
    expect(length.interval.low).toBeLessThan(0);
    expect(length.interval.high).toBeGreaterThan(0);
    expect(length.actingHalfSizes).toBe(0);
  });

  it("needs the width minimum too", () => {
    const tight = (n: number): FitSignal[] =>
      Array.from({ length: n }, () => ({
        sizeLabel: "10",
        widthCode: "D",
        length: null,
        width: "tight",
        source: "survey",
        at: SYNTHETIC_NOW,
      }));
    expect(
      estimateLearnedFit(CHART, tight(LEARNED_FIT_PARAMETERS.minWidthEvidence - 1), SYNTHETIC_NOW).width.actingSteps,
    ).toBe(0);
    expect(
      estimateLearnedFit(CHART, tight(LEARNED_FIT_PARAMETERS.minWidthEvidence), SYNTHETIC_NOW).width.actingSteps,
    ).toBe(-1);
  });
});

describe("learned fit: a correctly sized shoe is never moved", () => {
  // Many seeds, sizes of evidence and kinds of noise: the chart is right, buyers are noisy, some
  // answers are plain mistakes, returns are over-represented. Not one may move the suggestion.
  const cases = [15, 20, 30, 60, 300].flatMap((buyers) =>
    [0.15, 0.35, 0.5].flatMap((noiseSd) =>
      [0.03, 0.1].flatMap((mistakeRate) =>
        [0.3, 1].map((surveyShare) => ({ buyers, noiseSd, mistakeRate, surveyShare })),
      ),
    ),
  );

  it.each(cases)(
    "$buyers buyers, noise sd $noiseSd, mistakes $mistakeRate, survey share $surveyShare: 40 seeds, none moved",
    (shape) => {
      const moved: number[] = [];
      for (let seed = 1; seed <= 40; seed++) {
        const signals = syntheticSignals({ seed, ...shape, lengthHalfSizes: 0, returnAt: 0.9 });
        const { length, width } = estimateLearnedFit(CHART, signals, SYNTHETIC_NOW);
        if (length.actingHalfSizes !== 0 || width.actingSteps !== 0) moved.push(seed);
      }
      expect(moved).toEqual([]);
    },
  );

  it("reads returns for their direction only: a stream of returns both ways moves nothing", () => {
    const returns = (n: number, length: "short" | "long"): FitSignal[] =>
      Array.from({ length: n }, () => ({
        sizeLabel: "10",
        widthCode: "D",
        length,
        width: null,
        source: "return",
        at: SYNTHETIC_NOW,
      }));
    const { length } = estimateLearnedFit(
      CHART,
      [...returns(40, "short"), ...returns(40, "long"), ...answers(30, "right")],
      SYNTHETIC_NOW,
    );
    expect(Math.abs(length.offsetHalfSizes)).toBeLessThan(0.1);
    expect(length.actingHalfSizes).toBe(0);
  });
});

describe("learned fit: old evidence matters less", () => {
  it("halves an answer's weight every half-life", () => {
    const halfLife = LEARNED_FIT_PARAMETERS.halfLifeDays;
    expect(evidenceWeight(SYNTHETIC_NOW, SYNTHETIC_NOW, halfLife)).toBe(1);
    expect(evidenceWeight(daysAgo(halfLife), SYNTHETIC_NOW, halfLife)).toBeCloseTo(0.5, 10);
    expect(evidenceWeight(daysAgo(2 * halfLife), SYNTHETIC_NOW, halfLife)).toBeCloseTo(0.25, 10);
    expect(evidenceWeight(new Date(SYNTHETIC_NOW.getTime() + DAY_MS), SYNTHETIC_NOW, halfLife)).toBe(1);
  });

  it("stops acting on answers that have grown old", () => {
    const fresh = estimateLearnedFit(CHART, answers(30, "short", daysAgo(10)), SYNTHETIC_NOW).length;
    const old = estimateLearnedFit(CHART, answers(30, "short", daysAgo(720)), SYNTHETIC_NOW).length;
    expect(fresh.actingHalfSizes).toBe(-1);
    expect(old.effectiveEvidence).toBeCloseTo(30 * 0.5 ** (720 / LEARNED_FIT_PARAMETERS.halfLifeDays), 6);
    expect(old.actingHalfSizes).toBe(0);
    expect(old.sd).toBeGreaterThan(fresh.sd);
  });

  it("lets recent answers outweigh as many old ones the other way", () => {
    const signals = [...answers(40, "short", daysAgo(540)), ...answers(40, "long", daysAgo(5))];
    const { length } = estimateLearnedFit(CHART, signals, SYNTHETIC_NOW);
    expect(length.offsetHalfSizes).toBeGreaterThan(0.5);
    expect(length.actingHalfSizes).toBe(1);
  });
});
