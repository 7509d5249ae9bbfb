import { remember } from "@/lib/remember";

// Where the in-memory catalog snapshot lives (get-catalog-snapshot.ts), and what the page cache
// in scripts/serve.ts needs to know of it. Process-wide (remember) because Next bundles each
// route separately, and the custom server outside the bundles must see the same one.

export type LoadedCatalog<Snapshot> = { db: unknown; snapshot: Snapshot; version: bigint; fullLoadMs: number };

export type CatalogHolder<Snapshot> = {
  catalogCache?: LoadedCatalog<Snapshot>;
  catalogRefresh?: Promise<Snapshot>;
  backgroundReload?: Promise<void>;
  /** How many times a caller got a snapshot older than the database's catalog (see below). */
  staleSnapshotsServed?: number;
};

export function catalogHolder<Snapshot>(): CatalogHolder<Snapshot> {
  return remember("catalog", (): CatalogHolder<unknown> => ({})) as CatalogHolder<Snapshot>;
}

/**
 * Counts the answers that knowingly used an older catalog: while a large catalog reloads in the
 * background, pages render from the previous snapshot. A page rendered while this count moved
 * may be older than the catalog version read before it, so the page cache doesn't keep it.
 */
export function staleSnapshotsServed(): number {
  return catalogHolder<unknown>().staleSnapshotsServed ?? 0;
}

export function noteStaleSnapshotServed(): void {
  const holder = catalogHolder<unknown>();
  holder.staleSnapshotsServed = (holder.staleSnapshotsServed ?? 0) + 1;
}
