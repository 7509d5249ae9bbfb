// What the model says about one product. Signs, chosen so that "the shoe runs …" reads the way
// staff and shoppers say it:
//   length offset > 0: the shoe runs large (a foot fits it best in a smaller label),
//   length offset < 0: it runs small (take a larger label);
//   width offset > 0: roomy, < 0: narrow.
// Units: half sizes (one row of a brand chart) and width steps (one width code).

export type LengthCounts = { short: number; right: number; long: number };
export type WidthCounts = { tight: number; right: number; loose: number };
export type WidthTendency = "narrow" | "true" | "roomy";

export type LengthEstimate = {
  /** Posterior mean, half sizes, positive = runs large. */
  offsetHalfSizes: number;
  /** Posterior sd, half sizes. */
  sd: number;
  /** Central credible interval (LEARNED_FIT_PARAMETERS.credibleLevel). */
  interval: { low: number; high: number };
  /** Sum of the decayed weights of the answers about length. */
  effectiveEvidence: number;
  /** Raw answers by feel, surveys and returns together, for staff and for the shopper's sentence. */
  counts: LengthCounts;
  /** The minimum-evidence rule and the action rule both hold. */
  confident: boolean;
  /** What the store would do on its own: whole half sizes, 0 unless confident. */
  actingHalfSizes: number;
};

export type WidthEstimate = {
  /** Posterior mean, width steps, positive = roomy. */
  offsetSteps: number;
  sd: number;
  tendency: WidthTendency;
  /** Posterior probability of each tendency (below −0.5, within ±0.5, above +0.5 steps). */
  probabilities: Record<WidthTendency, number>;
  effectiveEvidence: number;
  counts: WidthCounts;
  confident: boolean;
  /** −1 (runs narrow), 0 or +1 (runs roomy): what the store would do on its own. */
  actingSteps: number;
};

export type LearnedFitEstimate = {
  length: LengthEstimate;
  width: WidthEstimate;
  heel: { slips: number; holds: number };
  /** Signals read (all of them, whatever their age). */
  signals: number;
};
