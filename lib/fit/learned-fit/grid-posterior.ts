// A one-parameter posterior on a fixed grid. The model has one unknown per product and
// dimension, so a grid of a few hundred points is exact enough, needs no sampler and gives the
// same answer on every machine: no randomness, no iteration that might stop early.

export type Grid = readonly number[];

/** Evenly spaced points from `from` to `to` inclusive. */
export function makeGrid(from: number, to: number, step: number): Grid {
  const count = Math.round((to - from) / step);
  return Array.from({ length: count + 1 }, (_, i) => from + i * step);
}

export type GridSummary = {
  mean: number;
  sd: number;
  /** Central credible interval at the level asked for. */
  low: number;
  high: number;
  /** Posterior probability that the value is below `x` (mass of the points below it). */
  probabilityBelow: (x: number) => number;
  probabilityAbove: (x: number) => number;
};

/** Normalises log-densities on `grid` and summarises them. */
export function summariseGrid(grid: Grid, logDensity: readonly number[], credibleLevel: number): GridSummary {
  const top = Math.max(...logDensity);
  const raw = logDensity.map((value) => Math.exp(value - top));
  const total = raw.reduce((sum, value) => sum + value, 0);
  const mass = raw.map((value) => value / total);
  const mean = grid.reduce((sum, x, i) => sum + x * (mass[i] ?? 0), 0);
  const variance = grid.reduce((sum, x, i) => sum + (x - mean) ** 2 * (mass[i] ?? 0), 0);
  const tail = (1 - credibleLevel) / 2;
  const quantile = (p: number) => {
    let cumulative = 0;
    for (let i = 0; i < grid.length; i++) {
      cumulative += mass[i] ?? 0;
      if (cumulative >= p) return grid[i] ?? 0;
    }
    return grid.at(-1) ?? 0;
  };
  const probability = (keep: (x: number) => boolean) =>
    grid.reduce((sum, x, i) => sum + (keep(x) ? (mass[i] ?? 0) : 0), 0);
  return {
    mean,
    sd: Math.sqrt(variance),
    low: quantile(tail),
    high: quantile(1 - tail),
    probabilityBelow: (x) => probability((value) => value < x),
    probabilityAbove: (x) => probability((value) => value > x),
  };
}
