import "server-only";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { isDatabaseKnownDown } from "@/lib/http/database-outage";
import type { RateLimitBucket } from "./buckets";
import { limiterFor } from "./limiters";
import { rateLimitKey } from "./rate-limit-key";

// The one question every public POST asks before its database work (decision 0016): may this
// address make one more request of this kind now?

export type RateLimitVerdict = { limited: false } | { limited: true; retryAfterSeconds: number };

const ALLOWED: RateLimitVerdict = { limited: false };

/**
 * Counts one request of `bucket` from `clientAddress` (the resolved client address, see
 * rate-limit-key.ts) against the limit shared by every instance. Not counted, and allowed: with
 * RATE_LIMITS=off, for a private or unknown address, and while the database is known to be down
 * (the route's own outage answer follows).
 */
export async function checkRateLimit(bucket: RateLimitBucket, clientAddress: string): Promise<RateLimitVerdict> {
  if (getEnv().RATE_LIMITS === "off") return ALLOWED;
  const key = rateLimitKey(clientAddress);
  if (key === null || isDatabaseKnownDown()) return ALLOWED;
  return consumeOne(limiterFor(bucket), key, bucket);
}

/**
 * One point from `limiter` for `key`. Fails open: when PostgreSQL can't answer, the request goes
 * through (one line in the log), since refusing every shopper during a database hiccup is worse
 * than a minute without a limit, and the request's own database work answers 503 if it is down.
 */
export async function consumeOne(limiter: RateLimiterAbstract, key: string, bucket: string): Promise<RateLimitVerdict> {
  try {
    await limiter.consume(key);
    return ALLOWED;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    console.warn(`Rate limit "${bucket}" not checked, request let through (${summarize(rejection)}).`);
    return ALLOWED;
  }
}

function summarize(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === "string" ? message.trim().split("\n")[0]?.slice(0, 200) : undefined;
  return [typeof code === "string" ? code : null, text].filter(Boolean).join(": ") || "no details";
}
