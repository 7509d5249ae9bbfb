// One piece of fit evidence about a product: a buyer's answer to the fit survey, or the fit reason
// of a return. Only fit words and the non-health fit profile (foot length) ever reach the model:
// health answers stay in the browser (docs/decisions/0004), so they cannot be a signal.

export type LengthFeel = "short" | "right" | "long";
export type WidthFeel = "tight" | "right" | "loose";
export type HeelFeel = "slips" | "holds";

/**
 * "survey": a buyer answered the fit questions (kept pair or not, a random share of buyers).
 * "return": a pair came back with a fit reason. Returns are not a random share of buyers, so the
 * model reads them only for their direction (see length-likelihood.ts).
 */
export type FitSignalSource = "survey" | "return";

export type FitSignal = {
  sizeLabel: string;
  widthCode: string;
  /** "short": the shoe felt too short for the foot (a too_small return). */
  length: LengthFeel | null;
  /** "tight": the shoe felt too narrow for the foot (a too_narrow return). */
  width: WidthFeel | null;
  /** Recorded and counted for staff; the model does not read it yet (a slipping heel has several causes). */
  heel?: HeelFeel | null;
  /** From the quiz result the buyer carried into the cart, when there was one. */
  footLengthMm?: number | null;
  /**
   * The width code the quiz said the foot needs (same profile). When the store suggested a
   * roomier code than that, a "right" answer means the shoe runs narrow, not true to width.
   */
  widthNeedCode?: string | null;
  source: FitSignalSource;
  at: Date;
};
