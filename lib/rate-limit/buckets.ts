// The shared rate limits on public POSTs (decision 0016): one bucket per kind of request, counted
// per client address over a one-minute window. The numbers sit far above what a shopper does, so
// only scripts meet them: a person who changes a cart twice a second for a minute, or finishes
// the quiz once a second, is not shopping. RATE_LIMIT_SCALE multiplies them all.

export type BucketLimit = {
  /** Requests allowed per address in one window. */
  points: number;
  /** The window, in seconds. */
  duration: number;
};

export const RATE_LIMIT_BUCKETS = {
  /** Cart adds, quantity changes and removals (JSON routes and Server Actions). */
  cart: { points: 120, duration: 60 },
  /**
   * Checkout starts. Above decision 0014's 20 holds per address per 35 minutes, so a shopper who
   * meets that limit reads its explanation; this one stops scripts retrying failed starts.
   */
  checkout: { points: 30, duration: 60 },
  /** Quiz submissions and safety-stop counts: a quiz takes a shopper minutes. */
  quiz: { points: 60, duration: 60 },
  /** Looking an order up by number and email (coming): tight, since it is a guessing target. */
  "order-lookup": { points: 20, duration: 60 },
  /** Return and exchange requests: each writes rows and an email, and a shopper makes one or two. */
  returns: { points: 20, duration: 60 },
  /** Back-in-stock sign-ups (coming): each one leads to an email, so few per address. */
  "back-in-stock": { points: 10, duration: 60 },
} as const satisfies Record<string, BucketLimit>;

export type RateLimitBucket = keyof typeof RATE_LIMIT_BUCKETS;

export const RATE_LIMIT_BUCKET_NAMES = Object.keys(RATE_LIMIT_BUCKETS) as RateLimitBucket[];

/** A bucket's limit under RATE_LIMIT_SCALE: never below one request per window. */
export function scaledLimit(bucket: RateLimitBucket | BucketLimit, scale: number): BucketLimit {
  const { points, duration } = typeof bucket === "string" ? RATE_LIMIT_BUCKETS[bucket] : bucket;
  return { points: Math.max(1, Math.round(points * scale)), duration };
}
