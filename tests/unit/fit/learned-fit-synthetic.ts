import type { SizeChartEntry } from "@/lib/catalog/snapshot-types";
import type { FitSignal } from "@/lib/fit/learned-fit/fit-signal";

// Synthetic fit answers for the learned-fit tests. Buyers are drawn on a brand chart, buy the
// chart's label moved by their own habit (some go a size up or down), and answer from a noisy
// sense of how the shoe truly fits: a deliberately different process from the model's own
// likelihood (a fixed threshold plus normal noise and outright mistakes), so a test that passes
// is not just the model agreeing with itself.

/** A brand chart like the seed's: US men's 7–14, half sizes of 4 or 5 whole mm, tiling. */
export const CHART: SizeChartEntry[] = Array.from({ length: 15 }, (_, i) => {
  const centre = 251.5 + i * 4.25;
  const next = 251.5 + (i + 1) * 4.25;
  return { size: String(7 + i / 2), minMm: Math.round(centre - 2.125), maxMm: Math.round(next - 2.125) - 1 };
});

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(uniform: () => number, sd: number): number {
  return sd * Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

export type SyntheticOptions = {
  seed: number;
  buyers: number;
  /** The shoe's hidden length offset, half sizes, positive = runs large. */
  lengthHalfSizes?: number;
  /** Hidden width tendency, codes, positive = roomy. */
  widthSteps?: number;
  /** Rows buyers move from the chart label by habit: each draws one of these. */
  habitRows?: readonly number[];
  /** Share of buyers whose foot length the store knows. */
  knownFootShare?: number;
  noiseSd?: number;
  mistakeRate?: number;
  /** Miss (half sizes or codes) at which a buyer says the shoe is wrong. */
  noticeAt?: number;
  /** Miss at which the pair comes back (a return signal as well as the survey answer). */
  returnAt?: number;
  /** Share of buyers who answer the survey. */
  surveyShare?: number;
  at?: Date;
};

const NOW = new Date("2026-12-01T00:00:00Z");

/** Survey answers (and returns) from `buyers` synthetic buyers of one product. */
export function syntheticSignals(options: SyntheticOptions): FitSignal[] {
  const uniform = mulberry32(options.seed);
  const {
    lengthHalfSizes = 0,
    widthSteps = 0,
    habitRows = [-1, 0, 0, 0, 1],
    knownFootShare = 0.7,
    noiseSd = 0.25,
    mistakeRate = 0.03,
    noticeAt = 0.6,
    returnAt = 1,
    surveyShare = 1,
    at = NOW,
  } = options;
  const low = CHART[2]!.minMm;
  const high = CHART[CHART.length - 3]!.maxMm;
  const signals: FitSignal[] = [];
  for (let i = 0; i < options.buyers; i++) {
    const footMm = low + uniform() * (high - low);
    const chartIndex = CHART.findIndex((row) => row.minMm <= Math.round(footMm) && Math.round(footMm) <= row.maxMm);
    const habit = habitRows[Math.floor(uniform() * habitRows.length)] ?? 0;
    const row = CHART[chartIndex + habit]!;
    const position = (footMm - (row.minMm + row.maxMm) / 2) / (row.maxMm - row.minMm + 1);
    const lengthMiss = position - lengthHalfSizes + normal(uniform, noiseSd);
    const widthMiss = normal(uniform, 0.3) - widthSteps + normal(uniform, noiseSd);
    const mistake = uniform() < mistakeRate;
    const flip = <T>(feel: T, bigger: T, smaller: T): T => (!mistake ? feel : feel === bigger ? smaller : bigger);
    const length = flip(lengthMiss > noticeAt ? "short" : lengthMiss < -noticeAt ? "long" : "right", "short", "long");
    const width = flip(widthMiss > noticeAt ? "tight" : widthMiss < -noticeAt ? "loose" : "right", "tight", "loose");
    const footLengthMm = uniform() < knownFootShare ? Math.round(footMm) : null;
    const base = { sizeLabel: row.size, widthCode: "D", footLengthMm, widthNeedCode: footLengthMm ? "D" : null, at };
    if (uniform() < surveyShare) signals.push({ ...base, length, width, heel: null, source: "survey" });
    if (Math.abs(lengthMiss) > returnAt) {
      signals.push({ ...base, length: lengthMiss > 0 ? "short" : "long", width: null, source: "return" });
    } else if (Math.abs(widthMiss) > returnAt) {
      signals.push({ ...base, length: null, width: widthMiss > 0 ? "tight" : "loose", source: "return" });
    }
  }
  return signals;
}

export const SYNTHETIC_NOW = NOW;
