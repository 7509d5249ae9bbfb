import { normalCdf } from "./normal-distribution";

// How likely one answer is, given the mismatch between foot and shoe (an ordinal probit model).
// The mismatch is positive when the foot is bigger than the shoe: for length, the foot longer
// than the shoe is made for ("short"); for width, wider ("tight").
//
// A survey answer comes from a random share of buyers, so it is read whole: "right" is evidence
// as much as "short". A return is not random (only pairs that missed come back), so it is read
// only for its direction: given that the pair missed, was it too small or too big? That keeps
// returns from pulling every estimate outward just because they are over-represented.

export type FeelModel = {
  /** Mismatch at which buyers start to feel the shoe is wrong. */
  threshold: number;
  /** Spread of that, including what we don't know about where the foot sat. */
  sd: number;
  lapseRate: number;
};

export type Feel = "bigger" | "right" | "smaller";

function feelProbabilities(mismatch: number, model: FeelModel): { bigger: number; smaller: number } {
  return {
    // "bigger": the foot felt bigger than the shoe (short, tight).
    bigger: normalCdf((mismatch - model.threshold) / model.sd),
    smaller: normalCdf((-mismatch - model.threshold) / model.sd),
  };
}

/** log P(answer | mismatch) for a survey answer. */
export function surveyLogLikelihood(feel: Feel, mismatch: number, model: FeelModel): number {
  const { bigger, smaller } = feelProbabilities(mismatch, model);
  const p = feel === "bigger" ? bigger : feel === "smaller" ? smaller : Math.max(0, 1 - bigger - smaller);
  return Math.log((1 - model.lapseRate) * p + model.lapseRate / 3);
}

/** log P(direction | the pair missed, mismatch) for a returned pair. "right" is not a return. */
export function returnLogLikelihood(feel: Exclude<Feel, "right">, mismatch: number, model: FeelModel): number {
  const { bigger, smaller } = feelProbabilities(mismatch, model);
  const missed = bigger + smaller;
  const share = missed > 0 ? (feel === "bigger" ? bigger : smaller) / missed : 0.5;
  return Math.log((1 - model.lapseRate) * share + model.lapseRate / 2);
}
