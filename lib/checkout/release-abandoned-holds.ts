import "server-only";
import { getDb } from "@/lib/db";
import { releaseHold } from "@/lib/checkout/release-hold";
import { runTransaction } from "@/lib/run-transaction";

/**
 * An order that never got a Checkout Session after this long was abandoned mid-checkout (the
 * process died between holding stock and reaching Stripe: at most ~35 s with the client's timeout
 * and retries). Its stock goes back on sale. In ms.
 */
export const ABANDONED_AFTER_MS = 5 * 60 * 1000;

/**
 * Releases up to `limit` abandoned holds, each in its own transaction; returns how many. The job
 * runner calls it every minute (lib/jobs/release-holds-job.ts), so a hold ends on time whether or
 * not anyone else is shopping.
 */
export async function releaseAbandonedHolds(limit = 10): Promise<number> {
  const cutoff = new Date(Date.now() - ABANDONED_AFTER_MS);
  const abandoned = await getDb().order.findMany({
    where: { status: "PENDING", stripeSessionId: null, stockReleasedAt: null, createdAt: { lt: cutoff } },
    select: { id: true },
    take: limit,
  });
  let released = 0;
  for (const { id } of abandoned) {
    if (await runTransaction((tx) => releaseHold(tx, id, "FAILED", { onlyWithoutSession: true }))) released++;
  }
  return released;
}
