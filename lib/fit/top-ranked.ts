// The first `k` items of a list in a comparator's order, without sorting the whole list: the
// result lists take a handful of products from thousands. Stable like Array.prototype.sort, so
// the output is exactly `[...items].sort(compare).slice(0, k)`.

export function topRanked<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1] as T) >= 0) continue;
    // Binary search for the first kept item that ranks strictly after `item` (stability).
    let low = 0;
    let high = top.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(item, top[mid] as T) < 0) high = mid;
      else low = mid + 1;
    }
    top.splice(low, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
