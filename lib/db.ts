import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One connection pool and one Prisma client per process. Next's dev server re-evaluates modules
// on every change, so both live on globalThis and are read back from there rather than recreated.
type Connection = { url: string; pool: Pool; client: PrismaClient };
const globalForDb = globalThis as unknown as { dbConnection?: Connection };

function connect(url: string): Connection {
  const pool = new Pool({ connectionString: url, max: 20, connectionTimeoutMillis: 5_000 });
  // The client owns the pool: $disconnect() ends it, and the next use connects afresh.
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return { url, pool, client };
}

function connection(): Connection {
  const url = getEnv().DATABASE_URL;
  const current = globalForDb.dbConnection;
  if (!current || current.url !== url || current.pool.ended) globalForDb.dbConnection = connect(url);
  return globalForDb.dbConnection as Connection;
}

/** The shared Prisma client, created on first use for the current DATABASE_URL. */
export function getDb(): PrismaClient {
  return connection().client;
}

/**
 * The same connections without Prisma, for the few statements on the quiz's hot path: a Prisma
 * query, raw ones included, is compiled by its query compiler first, which costs more CPU than
 * the statement itself (decision 0010). Everything else goes through getDb().
 */
export function getPool(): Pool {
  return connection().pool;
}
