import "server-only";
import type { NextResponse } from "next/server";
import { toNextResponse } from "@/lib/http/api-error";
import type { RateLimitBucket } from "./buckets";
import { addressFromForwardedFor } from "./rate-limit-key";
import { rateLimitJsonReply } from "./rate-limited-reply";

/**
 * For a route handler: null when the request may go on, else its 429 answer. Call it before the
 * route's database work: `const limited = await limitRoute("cart", request); if (limited) return limited;`
 */
export async function limitRoute(bucket: RateLimitBucket, request: Request): Promise<NextResponse | null> {
  const reply = await rateLimitJsonReply(bucket, addressFromForwardedFor(request.headers.get("x-forwarded-for")));
  return reply ? toNextResponse(reply) : null;
}
