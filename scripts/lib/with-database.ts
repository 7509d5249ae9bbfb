import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-database";
import { applyMigrations } from "./migrate";

export const EMBEDDED_DATA_DIR = path.join(process.cwd(), ".data", "postgres");

/**
 * Gives a script a migrated database: DATABASE_URL when the operator set one, otherwise the
 * embedded PostgreSQL under .data/postgres, started for the duration of `work`.
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const embedded = process.env.DATABASE_URL ? null : await openEmbeddedDatabase();
  const url = embedded?.url ?? (process.env.DATABASE_URL as string);
  try {
    await applyMigrations(url);
    return await work(url);
  } finally {
    await embedded?.stop();
  }
}

export function openEmbeddedDatabase(): Promise<EmbeddedDatabase> {
  return startEmbeddedDatabase({ dataDir: EMBEDDED_DATA_DIR, database: "store" });
}
