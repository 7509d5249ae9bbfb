import type { CatalogSnapshot } from "./snapshot-types";

// A small least-recently-used cache of listing results for each catalog snapshot. Popular
// listings (/shoes, a width filter) are asked for over and over between catalog changes; a
// change builds a new snapshot, so stale results can't be served and old ones go with it.

/** Results kept per snapshot: enough for the popular filter combinations, small in memory. */
const MAX_ENTRIES = 500;

const caches = new WeakMap<CatalogSnapshot, Map<string, unknown>>();

export function cachedPerSnapshot<T>(snapshot: CatalogSnapshot, key: string, compute: () => T): T {
  let cache = caches.get(snapshot);
  if (!cache) {
    cache = new Map();
    caches.set(snapshot, cache);
  }
  if (cache.has(key)) {
    const hit = cache.get(key) as T;
    // Map keeps insertion order: re-inserting marks the entry as the most recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = compute();
  cache.set(key, value);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}
