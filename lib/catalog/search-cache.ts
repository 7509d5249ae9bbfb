import { LRUCache } from "lru-cache";
import type { CatalogSnapshot } from "./snapshot-types";

// A small least-recently-used cache of listing results for each catalog snapshot. Popular
// listings (/shoes, a width filter) are asked for over and over between catalog changes; a
// change builds a new snapshot, so stale results can't be served and old ones go with it.

/** Results kept per snapshot: enough for the popular filter combinations, small in memory. */
const MAX_ENTRIES = 500;

const caches = new WeakMap<CatalogSnapshot, LRUCache<string, object>>();

// `T extends object`: lru-cache holds no undefined or null (setting one deletes the key).
export function cachedPerSnapshot<T extends object>(snapshot: CatalogSnapshot, key: string, compute: () => T): T {
  let cache = caches.get(snapshot);
  if (!cache) {
    cache = new LRUCache({ max: MAX_ENTRIES });
    caches.set(snapshot, cache);
  }
  // get() also marks the entry as the most recently used.
  const hit = cache.get(key) as T | undefined;
  if (hit !== undefined) return hit;
  const value = compute();
  cache.set(key, value);
  return value;
}
