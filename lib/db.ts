import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { remember } from "@/lib/remember";

// One connection pool and one Prisma client per process (remember: shared by every bundle, kept
// across the dev server's reloads), replaced when DATABASE_URL changes or the pool was ended.
type Connection = { url: string; pool: Pool; client: PrismaClient };

function connect(url: string): Connection {
  const pool = new Pool({ connectionString: url, max: 20, connectionTimeoutMillis: 5_000 });
  // The client owns the pool: $disconnect() ends it, and the next use connects afresh.
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  return { url, pool, client };
}

function connection(): Connection {
  const url = getEnv().DATABASE_URL;
  return remember("dbConnection", () => connect(url), {
    isStale: (current) => current.url !== url || current.pool.ended,
  });
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
