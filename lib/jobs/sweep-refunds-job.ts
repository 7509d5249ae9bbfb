import "server-only";
import { getDb } from "@/lib/db";
import { sendRefund } from "@/lib/refunds/send-refund";

/** A refund is left this long after its last change before the sweep asks Stripe again. */
export const REFUND_RETRY_AFTER_MS = 60_000;
/** Refunds sent per run: a Stripe outage's backlog clears over a few minutes. */
const PER_RUN = 25;

/**
 * SWEEP_REFUNDS, every minute: each refund row Stripe hasn't accepted yet (its call timed out, the
 * process stopped after the commit, or Stripe was down) is sent again with its own idempotency key,
 * so a refund Stripe did make is returned, not made twice. Oldest first.
 */
export async function sweepRefundsJob(now = new Date()) {
  const due = await getDb().refund.findMany({
    where: {
      status: "pending",
      stripeRefundId: null,
      updatedAt: { lt: new Date(now.getTime() - REFUND_RETRY_AFTER_MS) },
    },
    orderBy: { createdAt: "asc" },
    take: PER_RUN,
    select: { id: true },
  });
  const outcomes = { accepted: 0, refused: 0, retry_later: 0 };
  for (const { id } of due) outcomes[(await sendRefund(id)).result]++;
  return { due: due.length, ...outcomes };
}
