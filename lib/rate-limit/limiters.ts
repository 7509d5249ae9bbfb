import "server-only";
import type { Pool } from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { getPool } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { remember } from "@/lib/remember";
import { RATE_LIMIT_BUCKET_NAMES, scaledLimit, type BucketLimit, type RateLimitBucket } from "./buckets";

// One RateLimiterPostgres per bucket, all on the table "RateLimit" (created by its migration, so
// no DDL at request time) through the process's one pg pool (lib/db.ts). Each request costs one
// upsert; every process and every app server counts in the same rows (decision 0016).

/** Rows whose window ended this long ago are deleted (they would count nothing anyway). */
const EXPIRED_KEPT_MS = 60 * 60 * 1000;
const CLEANUP_EVERY_MS = 5 * 60 * 1000;

export type CreateLimiterOptions = {
  pool: Pool;
  scale: number;
  /** Other numbers than the bucket's (a short window to watch one end); the scale still applies. */
  limit?: BucketLimit;
};

export function createBucketLimiter(bucket: RateLimitBucket, options: CreateLimiterOptions): RateLimiterPostgres {
  const { points, duration } = scaledLimit(options.limit ?? bucket, options.scale);
  return new RateLimiterPostgres({
    storeClient: options.pool,
    storeType: "pool",
    tableName: "RateLimit",
    tableCreated: true,
    // The library would start a cleanup timer per limiter; one per process does (below).
    clearExpiredByTimeout: false,
    keyPrefix: bucket,
    points,
    duration,
    // Once an address is over its limit, this process refuses it from memory until the window
    // ends, so a flood from one address costs one upsert per process per window, not per request.
    inMemoryBlockOnConsumed: points + 1,
  });
}

type Limiters = { pool: Pool; scale: number; byBucket: Record<RateLimitBucket, RateLimiterPostgres> };

/** Deletes the rows of windows that ended over an hour ago; returns how many. */
export async function deleteExpiredRateLimits(pool: Pool, now = Date.now()): Promise<number> {
  const result = await pool.query({
    name: "rate-limit-cleanup",
    text: 'DELETE FROM "RateLimit" WHERE "expire" < $1',
    values: [now - EXPIRED_KEPT_MS],
  });
  return result.rowCount ?? 0;
}

/**
 * Every few minutes, one cleanup per process, through whichever pool is current then. A failure
 * is left for the next round.
 */
function startCleanup(): void {
  remember("rateLimitCleanup", () => {
    const timer = setInterval(() => {
      try {
        deleteExpiredRateLimits(getPool()).catch(() => {});
      } catch {
        // No usable settings right now (getEnv threw): the next round tries again.
      }
    }, CLEANUP_EVERY_MS);
    timer.unref();
    return timer;
  });
}

/** This process's limiter for `bucket`, made again when the pool or the scale changes. */
export function limiterFor(bucket: RateLimitBucket): RateLimiterPostgres {
  startCleanup();
  const pool = getPool();
  const scale = getEnv().RATE_LIMIT_SCALE;
  const limiters = remember(
    "rateLimiters",
    (): Limiters => ({
      pool,
      scale,
      byBucket: Object.fromEntries(
        RATE_LIMIT_BUCKET_NAMES.map((name) => [name, createBucketLimiter(name, { pool, scale })]),
      ) as Record<RateLimitBucket, RateLimiterPostgres>,
    }),
    { isStale: (held) => held.pool !== pool || held.scale !== scale },
  );
  return limiters.byBucket[bucket];
}
