// The learned-fit model's numbers, in one place so the decision record (docs/decisions/
// 0023-learned-fit-model.md) and the code cannot drift apart. Units: length in half sizes
// (one row of a brand chart), width in width steps (one code, D → 2E), time in days.

export type LearnedFitParameters = {
  /** Prior sd of a product's length offset around the brand chart (0). */
  lengthPriorSd: number;
  /** Prior sd of a product's width tendency around "true to width" (0). */
  widthPriorSd: number;
  /** Evidence this old counts half as much as today's. */
  halfLifeDays: number;
  /** Effective (decayed) answers about length needed before the estimate may act. */
  minLengthEvidence: number;
  /** The same for width. */
  minWidthEvidence: number;
  /** The posterior mean must be at least this far from 0 (half sizes) to act. */
  minActingOffset: number;
  /** Two-sided credible level of the interval that must exclude 0. */
  credibleLevel: number;
  /** Width acts when the posterior puts at least this probability on "narrow" or "roomy". */
  widthActingProbability: number;
  /** Never moves a suggestion further than this, whatever the evidence says. */
  maxActingHalfSizes: number;
  /** Mismatch (half sizes) at which a buyer starts to say "too short" or "too long". */
  lengthFeelThreshold: number;
  /** Spread of that threshold between buyers, and of how they place their foot. */
  lengthFeelSd: number;
  /** The same two for width, in width steps. */
  widthFeelThreshold: number;
  widthFeelSd: number;
  /** Where a foot sits inside its width code: nobody tells us, so it is a spread. */
  widthPositionSd: number;
  /** Share of answers that are mistakes (wrong button, another person's foot). */
  lapseRate: number;
};

export const LEARNED_FIT_PARAMETERS: LearnedFitParameters = {
  lengthPriorSd: 1,
  widthPriorSd: 0.75,
  halfLifeDays: 180,
  minLengthEvidence: 20,
  minWidthEvidence: 20,
  minActingOffset: 0.6,
  credibleLevel: 0.99,
  widthActingProbability: 0.9,
  maxActingHalfSizes: 2,
  lengthFeelThreshold: 0.6,
  lengthFeelSd: 0.5,
  widthFeelThreshold: 0.6,
  widthFeelSd: 0.35,
  widthPositionSd: 0.3,
  lapseRate: 0.1,
};
