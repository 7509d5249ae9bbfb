import "server-only";
import type { StripeEventSummary } from "@/lib/checkout/stripe-webhook/parse-stripe-event";
import { recordEvent } from "@/lib/checkout/stripe-webhook/record-event";
import { runTransaction } from "@/lib/run-transaction";
import { applyStripeRefund } from "@/lib/refunds/apply-stripe-refund";

/** The refund events the store reconciles, by what their object is. */
export const REFUND_EVENTS = new Set(["refund.created", "refund.updated", "refund.failed", "charge.refund.updated"]);
export const CHARGE_REFUNDED = "charge.refunded";

export type RefundEventOutcome = { result: "applied" | "no_change" | "duplicate" | "ignored"; queuedEmail: boolean };

const paymentIntentId = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : (value?.id ?? null);

/**
 * A refund's news from Stripe, applied once: the event id is stored (StripeEvent's primary key) in
 * the same transaction as the change, so ten copies of one event make one change, and copies that
 * arrive together wait for the first to commit. `refund.*` events move the refund and its return
 * (apply-stripe-refund.ts); `charge.refunded` records what Stripe says the payment has had
 * refunded in all, refunds made in the Dashboard included, for staff to compare.
 */
export async function handleRefundEvent(event: StripeEventSummary): Promise<RefundEventOutcome> {
  return runTransaction(async (tx) => {
    if (event.refund) {
      const refund = event.refund;
      const owner = await tx.refund.findFirst({
        where: { OR: [{ stripeRefundId: refund.id }, { id: refund.metadata?.refund_id ?? "" }] },
        select: { orderId: true },
      });
      if (!owner) {
        console.info(`Stripe event ${event.id} (${event.type}): refund ${refund.id} wasn't made by this store.`);
        return { result: "ignored", queuedEmail: false };
      }
      if (!(await recordEvent(tx, event, owner.orderId))) return { result: "duplicate", queuedEmail: false };
      const change = await applyStripeRefund(tx, refund);
      return { result: change.changed ? "applied" : "no_change", queuedEmail: change.queuedEmail };
    }
    const charge = event.charge;
    const intent = paymentIntentId(charge?.payment_intent);
    const order = intent
      ? await tx.order.findFirst({
          where: { stripePaymentIntentId: intent },
          select: { id: true, stripeRefundedCents: true },
        })
      : null;
    if (!charge || !order) {
      console.info(`Stripe event ${event.id} (${event.type}) ignored: its payment is not one of this store's orders.`);
      return { result: "ignored", queuedEmail: false };
    }
    if (!(await recordEvent(tx, event, order.id))) return { result: "duplicate", queuedEmail: false };
    // Events can arrive out of order: the total refunded only grows, except when a refund fails.
    // (IS DISTINCT FROM: a first report finds the column still null.)
    const updated = await tx.$executeRaw`
      UPDATE "Order" SET "stripeRefundedCents" = ${charge.amount_refunded}, "updatedAt" = now()
      WHERE "id" = ${order.id} AND "stripeRefundedCents" IS DISTINCT FROM ${charge.amount_refunded}`;
    return { result: updated === 1 ? "applied" : "no_change", queuedEmail: false };
  });
}
