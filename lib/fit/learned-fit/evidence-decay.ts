// Old evidence counts for less: a factory changes a last, a batch runs small. Exponential decay
// with a half-life keeps the model a plain weighted posterior (each answer's log-likelihood is
// multiplied by its weight), and "effective evidence" is simply the sum of the weights.

const MS_PER_DAY = 86_400_000;

/** 1 for evidence from `now`, 0.5 one half-life earlier. Evidence from the future counts as now. */
export function evidenceWeight(at: Date, now: Date, halfLifeDays: number): number {
  const ageDays = Math.max(0, (now.getTime() - at.getTime()) / MS_PER_DAY);
  return 0.5 ** (ageDays / halfLifeDays);
}
