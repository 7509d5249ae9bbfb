import "server-only";
import Stripe from "stripe";
import { getDb } from "@/lib/db";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { runTransaction } from "@/lib/run-transaction";
import { getStripe } from "@/lib/stripe/client";
import { applyStripeRefund } from "./apply-stripe-refund";
import { refundIdempotencyKey } from "./refund-key";

export type SendOutcome =
  /** Stripe accepted it (pending or succeeded), now or earlier. */
  | { result: "accepted"; status: string }
  /** Stripe refused it for good (such as more than is left on the charge): staff decide. */
  | { result: "refused"; message: string }
  /** Stripe didn't answer, or answered with its own fault: the sweep tries again, same key. */
  | { result: "retry_later"; message: string };

/**
 * Asks Stripe for one refund row's money, outside any transaction (a slow Stripe never holds a
 * lock). Every attempt sends the row's idempotency key, so when an answer was lost (a timeout
 * after Stripe made the refund) the next attempt gets that same refund back instead of a second
 * one. Called right after the commit that wrote the row, and again by the refund sweep
 * (lib/jobs/sweep-refunds-job.ts) for rows Stripe hasn't accepted yet.
 */
export async function sendRefund(refundId: string): Promise<SendOutcome> {
  const db = getDb();
  const refund = await db.refund.findUnique({
    where: { id: refundId },
    select: {
      id: true,
      amountCents: true,
      status: true,
      stripeRefundId: true,
      orderId: true,
      returnId: true,
      kind: true,
      order: { select: { stripePaymentIntentId: true } },
    },
  });
  if (!refund) return { result: "refused", message: "That refund doesn't exist." };
  if (refund.stripeRefundId) return { result: "accepted", status: refund.status };
  if (refund.status !== "pending") return { result: "refused", message: `This refund is ${refund.status}.` };
  const paymentIntent = refund.order.stripePaymentIntentId;
  if (!paymentIntent) {
    await markFailed(refundId, "The order has no Stripe payment to refund.");
    return { result: "refused", message: "The order has no Stripe payment to refund." };
  }
  await db.refund.update({ where: { id: refundId }, data: { attempts: { increment: 1 } } });
  let answer: Stripe.Refund;
  try {
    answer = await getStripe().refunds.create(
      {
        payment_intent: paymentIntent,
        amount: refund.amountCents,
        reason: "requested_by_customer",
        metadata: {
          refund_id: refund.id,
          order_id: refund.orderId,
          kind: refund.kind,
          ...(refund.returnId ? { return_id: refund.returnId } : {}),
        },
      },
      { idempotencyKey: refundIdempotencyKey(refund.id) },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isFinalRefusal(error)) {
      await markFailed(refundId, message);
      return { result: "refused", message };
    }
    await db.refund.update({ where: { id: refundId }, data: { lastError: message.slice(0, 500) } });
    return { result: "retry_later", message };
  }
  const change = await runTransaction((tx) => applyStripeRefund(tx, answer));
  if (change.queuedEmail) await enqueueOutboxDelivery();
  return { result: "accepted", status: answer.status ?? "pending" };
}

/** A 4xx that a retry with the same key would only repeat (not a rate limit or a lock). */
function isFinalRefusal(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeInvalidRequestError ||
    error instanceof Stripe.errors.StripeCardError ||
    error instanceof Stripe.errors.StripeIdempotencyError
  );
}

async function markFailed(refundId: string, message: string): Promise<void> {
  await getDb().refund.updateMany({
    where: { id: refundId, status: "pending", stripeRefundId: null },
    data: { status: "failed", lastError: message.slice(0, 500) },
  });
}
