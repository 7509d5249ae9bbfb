// The standard normal CDF, for the model's probit likelihoods. Abramowitz & Stegun 7.1.26
// (absolute error below 1.5e-7) is plenty: the lapse rate keeps every probability the model
// uses above a few per cent, so tail accuracy never matters.

const P = 0.3275911;
const A = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429] as const;

function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const t = 1 / (1 + P * Math.abs(x));
  const poly = t * (A[0] + t * (A[1] + t * (A[2] + t * (A[3] + t * A[4]))));
  return sign * (1 - poly * Math.exp(-x * x));
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return 0.5 * (1 + erf(z / Math.SQRT2));
}
