// The first `k` items in a comparator's order, kept while items stream past, so a request
// never holds (or sorts) the whole catalog: the result lists take a handful of products from
// thousands. Stable like Array.prototype.sort: the kept items are exactly
// `[...allItemsInArrivalOrder].sort(compare).slice(0, k)`.

export type TopRanked<T> = {
  add: (item: T) => void;
  /** Whether add(item) would keep it: lets a caller skip building an item that wouldn't stay. */
  wouldKeep: (item: T) => boolean;
  readonly items: readonly T[];
};

export function createTopRanked<T>(k: number, compare: (a: T, b: T) => number): TopRanked<T> {
  const items: T[] = [];
  const wouldKeep = (item: T) => k > 0 && (items.length < k || compare(item, items[k - 1] as T) < 0);
  const add = (item: T) => {
    if (!wouldKeep(item)) return;
    // Binary search for the first kept item that ranks strictly after `item` (stability).
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(item, items[mid] as T) < 0) high = mid;
      else low = mid + 1;
    }
    items.splice(low, 0, item);
    if (items.length > k) items.pop();
  };
  return { add, wouldKeep, items };
}

export function topRanked<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const top = createTopRanked(k, compare);
  for (const item of items) top.add(item);
  return [...top.items];
}
