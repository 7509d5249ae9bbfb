import { StoreError } from "@/lib/errors/store-error";
import { apiErrorReply, type JsonReply } from "@/lib/http/api-error";
import type { RateLimitBucket } from "./buckets";
import { checkRateLimit } from "./check-rate-limit";

// How a refused request is answered, in the store's error vocabulary (decision 0015): a
// StoreError(429, "rate_limited"), which the JSON adapter turns into {error, fields} and the
// shopper-action adapter into its sentence, plus Retry-After for JSON and HTML answers.

export const RATE_LIMITED_MESSAGE = "Too many requests from your network; please wait a minute and try again.";

export function rateLimitedError(): StoreError {
  return new StoreError(429, "rate_limited", { _: RATE_LIMITED_MESSAGE });
}

/** The JSON answer for a refused request: 429, {error: "rate_limited", fields}, Retry-After. */
export function rateLimitedReply(retryAfterSeconds: number): JsonReply {
  const reply = apiErrorReply(rateLimitedError());
  return { ...reply, headers: { ...reply.headers, "Retry-After": String(retryAfterSeconds) } };
}

/** null when the request may go on, else the 429 JSON answer (Next's route handlers and the direct route). */
export async function rateLimitJsonReply(bucket: RateLimitBucket, clientAddress: string): Promise<JsonReply | null> {
  const verdict = await checkRateLimit(bucket, clientAddress);
  return verdict.limited ? rateLimitedReply(verdict.retryAfterSeconds) : null;
}
