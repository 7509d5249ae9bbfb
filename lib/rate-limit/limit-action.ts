import "server-only";
import { headers } from "next/headers";
import type { RateLimitBucket } from "./buckets";
import { checkRateLimit } from "./check-rate-limit";
import { rateLimitedError } from "./rate-limited-reply";
import { addressFromForwardedFor } from "./rate-limit-key";

/**
 * For a Server Action: throws the rate_limited StoreError when this request's address is over the
 * bucket's limit. Call it inside the action's try, so its error adapter answers the sentence
 * (lib/cart/action-result.ts actionError). An action has no status line, so no Retry-After.
 */
export async function assertActionWithinLimit(bucket: RateLimitBucket): Promise<void> {
  const address = addressFromForwardedFor((await headers()).get("x-forwarded-for"));
  if ((await checkRateLimit(bucket, address)).limited) throw rateLimitedError();
}
