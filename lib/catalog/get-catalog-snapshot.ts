import "server-only";
import { getDb } from "@/lib/db";
import { noteDatabaseAvailable } from "@/lib/http/database-outage";
import { catalogHolder, noteStaleSnapshotServed, type LoadedCatalog } from "./catalog-holder";
import type { CatalogSnapshot, SnapshotProduct } from "./snapshot-types";
import { loadBrands, loadProductRows } from "./load-snapshot-rows";

// The catalog snapshot each app server keeps in memory. Every call asks PostgreSQL for the
// catalog version (one indexed single-row read); when it moved, only the products named in the
// change log since our version are reloaded. Writes from any instance (staff edits, checkouts)
// therefore show up on every instance on its next request, with no shared in-process state.

/** Above this many changed products a full reload is cheaper than a targeted one. */
const FULL_RELOAD_THRESHOLD = 500;
/**
 * A full reload that took longer than this last time runs in the background while requests keep
 * getting the snapshot they had (10,000 products take seconds; 50 take milliseconds, and a
 * small store simply waits, so staff see their edit on the next request).
 */
const BACKGROUND_RELOAD_AFTER_MS = 1_000;

type Cache = LoadedCatalog<CatalogSnapshot>;

// One cache per process, not per route (see catalog-holder.ts).
const holder = catalogHolder<CatalogSnapshot>();

/** The current catalog. Concurrent callers share one refresh instead of each querying. */
export function getCatalogSnapshot(): Promise<CatalogSnapshot> {
  holder.catalogRefresh ??= refresh().finally(() => {
    holder.catalogRefresh = undefined;
  });
  return holder.catalogRefresh;
}

/** The snapshot this process holds, without asking the database whether it is current. */
export function heldCatalogSnapshot(): CatalogSnapshot | undefined {
  const cache = holder.catalogCache;
  return cache && cache.db === getDb() ? cache.snapshot : undefined;
}

/**
 * The catalog as of `version` or later, for a caller that has just read the version itself
 * (read-store-versions.ts): when this process already holds it, no query at all.
 */
export function getCatalogSnapshotAt(version: bigint): Promise<CatalogSnapshot> {
  const held = heldCatalogSnapshot();
  return held && BigInt(held.version) >= version ? Promise.resolve(held) : getCatalogSnapshot();
}

async function refresh(): Promise<CatalogSnapshot> {
  const db = getDb();
  const cache = holder.catalogCache?.db === db ? holder.catalogCache : undefined;
  const [state] = await db.$queryRawUnsafe<{ version: bigint }[]>(
    `SELECT "version" FROM "CatalogState" WHERE "id" = 1`,
  );
  // Most requests pass here first, so this is where a recovered database is noticed (proxy.ts).
  noteDatabaseAvailable();
  const version = BigInt(state?.version ?? 0);
  if (cache && cache.version === version) return cache.snapshot;
  // A full reload is already on its way: keep serving what we have without asking what changed.
  if (cache && holder.backgroundReload) return staleSnapshot(cache);

  const changed = cache ? await changedProductIds(cache.version, version) : null;
  if (cache && changed) {
    const snapshot = await loadChanges(cache.snapshot, changed, version);
    holder.catalogCache = { ...cache, snapshot, version };
    return snapshot;
  }
  if (cache && cache.fullLoadMs > BACKGROUND_RELOAD_AFTER_MS) {
    holder.backgroundReload ??= timedFullLoad(db, version)
      .catch((error: unknown) => console.error("Catalog reload failed; serving the previous snapshot:", error))
      .finally(() => {
        holder.backgroundReload = undefined;
      });
    return staleSnapshot(cache);
  }
  await timedFullLoad(db, version);
  return (holder.catalogCache as Cache).snapshot;
}

function staleSnapshot(cache: Cache): CatalogSnapshot {
  noteStaleSnapshotServed();
  return cache.snapshot;
}

async function timedFullLoad(db: unknown, version: bigint): Promise<void> {
  const started = performance.now();
  const snapshot = await loadFull(version);
  const current = holder.catalogCache;
  // A slower background load must not replace a newer snapshot loaded meanwhile.
  if (current && current.db === db && current.version > version) return;
  holder.catalogCache = { db, snapshot, version, fullLoadMs: performance.now() - started };
}

/** Product ids changed after `from`, or null when a full reload is needed. */
async function changedProductIds(from: bigint, to: bigint): Promise<string[] | null> {
  // Every version has its row, so the log covers what changed after `from` only while the row for
  // `from + 1` is there. Old rows are pruned (prune-catalog-changes.ts): a snapshot older than that
  // gets the NULL row, "reload everything", instead.
  const rows = await getDb().$queryRawUnsafe<{ productId: string | null }[]>(
    `SELECT NULL AS "productId" WHERE NOT EXISTS (SELECT 1 FROM "CatalogChange" WHERE "version" = $1 + 1)
     UNION ALL
     (SELECT DISTINCT "productId" FROM "CatalogChange" WHERE "version" > $1 AND "version" <= $2 LIMIT ${FULL_RELOAD_THRESHOLD + 1})`,
    from,
    to,
  );
  if (rows.length > FULL_RELOAD_THRESHOLD || rows.some((row) => row.productId === null)) return null;
  return rows.map((row) => row.productId as string);
}

async function loadFull(version: bigint): Promise<CatalogSnapshot> {
  const db = getDb();
  const [products, brands] = await Promise.all([loadProductRows(db, null), loadBrands(db)]);
  return { version: version.toString(), products: sortBySlug(products), brands };
}

async function loadChanges(previous: CatalogSnapshot, ids: string[], version: bigint): Promise<CatalogSnapshot> {
  const reloaded = await loadProductRows(getDb(), ids);
  const changed = new Set(ids);
  const kept = previous.products.filter((product) => !changed.has(product.id));
  return { version: version.toString(), products: sortBySlug([...kept, ...reloaded]), brands: previous.brands };
}

function sortBySlug(products: SnapshotProduct[]): SnapshotProduct[] {
  return products.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
