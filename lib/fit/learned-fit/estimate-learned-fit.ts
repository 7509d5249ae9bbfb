import type { SizeChartEntry } from "@/lib/catalog/snapshot-types";
import { evidenceWeight } from "./evidence-decay";
import { returnLogLikelihood, surveyLogLikelihood, type Feel, type FeelModel } from "./feel-likelihood";
import type { FitSignal } from "./fit-signal";
import { footPositionHalfSizes, UNKNOWN_POSITION_SD } from "./foot-position";
import { makeGrid, summariseGrid, type Grid } from "./grid-posterior";
import type { LearnedFitEstimate, LengthEstimate, WidthEstimate, WidthTendency } from "./learned-fit-estimate";
import { LEARNED_FIT_PARAMETERS, type LearnedFitParameters } from "./model-parameters";
import { widthStepsBetween } from "./width-steps";

// The learned-fit model (docs/decisions/0023-learned-fit-model.md). For each product, one
// unknown for length (the offset of its true fit from the brand chart, half sizes) and one for
// width (its tendency, width steps). Each has a normal prior centred on 0, so with no evidence
// the brand chart stands. Every answer adds its log-likelihood, times its decay weight, on a
// fixed grid. Pure and deterministic: `now` is an argument and nothing is random.

const LENGTH_GRID: Grid = makeGrid(-4, 4, 0.05);
const WIDTH_GRID: Grid = makeGrid(-3, 3, 0.05);

type Term = { key: string; weight: number; logLikelihood: (value: number) => number };

function feelOf(
  answer: "bigger" | "right" | "smaller",
  source: FitSignal["source"],
): (m: number, f: FeelModel) => number {
  return source === "return" && answer !== "right"
    ? (m, f) => returnLogLikelihood(answer, m, f)
    : (m, f) => surveyLogLikelihood(answer as Feel, m, f);
}

function logPosterior(grid: Grid, priorSd: number, terms: readonly Term[]): number[] {
  const groups = [...groupTerms(terms).values()];
  return grid.map((value) => {
    let sum = -0.5 * (value / priorSd) ** 2;
    for (const term of groups) sum += term.weight * term.logLikelihood(value);
    return sum;
  });
}

/**
 * Answers that read the same (same feel, source, foot position and spread) share one likelihood,
 * so their weights add up and each is evaluated once per grid point. Exact, and it keeps a
 * product with thousands of answers as quick as one with dozens: positions come from whole mm,
 * so they repeat.
 */
function groupTerms(terms: readonly Term[]): Map<string, Term> {
  const groups = new Map<string, Term>();
  for (const term of terms) {
    const found = groups.get(term.key);
    groups.set(term.key, found ? { ...found, weight: found.weight + term.weight } : term);
  }
  return groups;
}

const LENGTH_FEEL = { short: "bigger", right: "right", long: "smaller" } as const;
const WIDTH_FEEL = { tight: "bigger", right: "right", loose: "smaller" } as const;

function lengthTerms(
  chart: readonly SizeChartEntry[],
  signals: readonly FitSignal[],
  now: Date,
  p: LearnedFitParameters,
): Term[] {
  return signals.flatMap((signal) => {
    if (!signal.length) return [];
    const known =
      signal.footLengthMm != null ? footPositionHalfSizes(chart, signal.sizeLabel, signal.footLengthMm) : null;
    // Without the foot, assume the buyer took the chart's label and sat anywhere in its row.
    const position = known ?? 0;
    const sd = known === null ? Math.hypot(p.lengthFeelSd, UNKNOWN_POSITION_SD) : p.lengthFeelSd;
    const model: FeelModel = { threshold: p.lengthFeelThreshold, sd, lapseRate: p.lapseRate };
    const read = feelOf(LENGTH_FEEL[signal.length], signal.source);
    // Mismatch: foot position less the shoe's offset (a shoe that runs large leaves room).
    return [
      {
        key: `${signal.source}:${signal.length}:${position}:${sd}`,
        weight: evidenceWeight(signal.at, now, p.halfLifeDays),
        logLikelihood: (offset) => read(position - offset, model),
      },
    ];
  });
}

function widthTerms(signals: readonly FitSignal[], now: Date, p: LearnedFitParameters): Term[] {
  return signals.flatMap((signal) => {
    if (!signal.width) return [];
    // A foot that needs B in a D shoe sits one step narrower than the code it wears.
    const position = signal.widthNeedCode ? (widthStepsBetween(signal.widthCode, signal.widthNeedCode) ?? 0) : 0;
    const model: FeelModel = {
      threshold: p.widthFeelThreshold,
      sd: Math.hypot(p.widthFeelSd, p.widthPositionSd),
      lapseRate: p.lapseRate,
    };
    const read = feelOf(WIDTH_FEEL[signal.width], signal.source);
    return [
      {
        key: `${signal.source}:${signal.width}:${position}`,
        weight: evidenceWeight(signal.at, now, p.halfLifeDays),
        logLikelihood: (offset) => read(position - offset, model),
      },
    ];
  });
}

const totalWeight = (terms: readonly Term[]) => terms.reduce((sum, term) => sum + term.weight, 0);

function estimateLength(
  chart: readonly SizeChartEntry[],
  signals: readonly FitSignal[],
  now: Date,
  p: LearnedFitParameters,
): LengthEstimate {
  const terms = lengthTerms(chart, signals, now, p);
  const summary = summariseGrid(LENGTH_GRID, logPosterior(LENGTH_GRID, p.lengthPriorSd, terms), p.credibleLevel);
  const effectiveEvidence = totalWeight(terms);
  const excludesZero = summary.low > 0 || summary.high < 0;
  const confident =
    effectiveEvidence >= p.minLengthEvidence && Math.abs(summary.mean) >= p.minActingOffset && excludesZero;
  // Move by the posterior mean, rounded, but no further than the interval's edge nearest 0 (at
  // least one row): twenty buyers who all found the chart size short say "at least one size",
  // not how many, and the buyers of the moved size will tell us if one was not enough.
  const nearEdge = Math.min(Math.abs(summary.low), Math.abs(summary.high));
  const halfSizes = Math.min(
    p.maxActingHalfSizes,
    Math.round(Math.abs(summary.mean)),
    Math.max(1, Math.round(nearEdge)),
  );
  const count = (feel: "short" | "right" | "long") => signals.filter((s) => s.length === feel).length;
  return {
    offsetHalfSizes: summary.mean,
    sd: summary.sd,
    interval: { low: summary.low, high: summary.high },
    effectiveEvidence,
    counts: { short: count("short"), right: count("right"), long: count("long") },
    confident,
    actingHalfSizes: confident ? Math.sign(summary.mean) * halfSizes : 0,
  };
}

function estimateWidth(signals: readonly FitSignal[], now: Date, p: LearnedFitParameters): WidthEstimate {
  const terms = widthTerms(signals, now, p);
  const summary = summariseGrid(WIDTH_GRID, logPosterior(WIDTH_GRID, p.widthPriorSd, terms), p.credibleLevel);
  const narrow = summary.probabilityBelow(-0.5);
  const roomy = summary.probabilityAbove(0.5);
  const probabilities: Record<WidthTendency, number> = { narrow, true: Math.max(0, 1 - narrow - roomy), roomy };
  const tendency = (Object.keys(probabilities) as WidthTendency[]).reduce((best, next) =>
    probabilities[next] > probabilities[best] ? next : best,
  );
  const effectiveEvidence = totalWeight(terms);
  const confident =
    effectiveEvidence >= p.minWidthEvidence &&
    tendency !== "true" &&
    probabilities[tendency] >= p.widthActingProbability;
  const count = (feel: "tight" | "right" | "loose") => signals.filter((s) => s.width === feel).length;
  return {
    offsetSteps: summary.mean,
    sd: summary.sd,
    tendency,
    probabilities,
    effectiveEvidence,
    counts: { tight: count("tight"), right: count("right"), loose: count("loose") },
    confident,
    actingSteps: confident ? (tendency === "roomy" ? 1 : -1) : 0,
  };
}

/** The estimate for one product from all its signals, as of `now`. */
export function estimateLearnedFit(
  chart: readonly SizeChartEntry[],
  signals: readonly FitSignal[],
  now: Date,
  parameters: LearnedFitParameters = LEARNED_FIT_PARAMETERS,
): LearnedFitEstimate {
  return {
    length: estimateLength(chart, signals, now, parameters),
    width: estimateWidth(signals, now, parameters),
    heel: {
      slips: signals.filter((s) => s.heel === "slips").length,
      holds: signals.filter((s) => s.heel === "holds").length,
    },
    signals: signals.length,
  };
}
