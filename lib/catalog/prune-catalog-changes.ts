import "server-only";
import { getDb } from "@/lib/db";

/**
 * How long the catalog change log keeps a change, in ms. Each process reads the log only from its
 * snapshot's version to the current one (get-catalog-snapshot.ts), and one that serves requests is
 * seconds behind at most. One that sat idle for longer than this finds the start of its range gone
 * and reloads the whole catalog instead, so pruning never makes a snapshot miss a change.
 */
export const CATALOG_CHANGE_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Deletes change-log rows older than the retention; returns how many. */
export async function pruneCatalogChanges(now = new Date()): Promise<number> {
  const { count } = await getDb().catalogChange.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - CATALOG_CHANGE_RETENTION_MS) } },
  });
  return count;
}
