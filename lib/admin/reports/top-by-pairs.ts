export const TOP_COUNT = 10;

/** The `count` entries with the most pairs, most first; ties in `tieLabel` order, so every load lists the same. */
export function topByPairs<T extends { pairs: number }>(
  entries: T[],
  tieLabel: (entry: T) => string,
  count = TOP_COUNT,
): T[] {
  return [...entries].sort((a, b) => b.pairs - a.pairs || tieLabel(a).localeCompare(tieLabel(b))).slice(0, count);
}
