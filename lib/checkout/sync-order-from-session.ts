import "server-only";
import { markOrderPaid } from "@/lib/checkout/mark-order-paid";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { getStripe } from "@/lib/stripe/client";
import { flagTotalMismatch } from "@/lib/checkout/flag-total-mismatch";
import { settleSession } from "@/lib/checkout/session-settlement";
import { findSessionOrder } from "@/lib/checkout/stripe-webhook/find-session-order";
import { parseCheckoutSession } from "@/lib/checkout/stripe-webhook/parse-stripe-event";
import { runTransaction } from "@/lib/run-transaction";

/**
 * Stripe's fulfilment guide: the success page may run the same idempotent fulfilment as the
 * webhook, so a shopper who lands there before the webhook sees their order confirmed. The
 * webhook stays the source of truth (a shopper can close the tab); whichever runs second finds
 * the order already PAID and changes nothing. A payment for an order whose stock was released
 * first is recorded as such (mark-order-paid.ts), so the page can say the shopper was charged.
 * Returns true if this call changed the order.
 */
export async function syncOrderFromSession(order: {
  id: string;
  stripeSessionId: string;
  /** Ignored: the totals are checked against the order as the database has it now. */
  totalCents?: number;
  currency?: string;
}): Promise<boolean> {
  const session = parseCheckoutSession(await getStripe().checkout.sessions.retrieve(order.stripeSessionId));
  if (!session || session.metadata?.orderId !== order.id) return false;
  if (
    session.status !== "complete" ||
    (session.payment_status !== "paid" && session.payment_status !== "no_payment_required")
  )
    return false;
  const paymentIntentId =
    typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  const outcome = await runTransaction(async (tx) => {
    const current = await findSessionOrder(tx, session);
    if (!current) return "already_done" as const;
    // The same check as the webhook's: a charge that disagrees with the store's total is flagged, not fulfilled.
    const settlement = settleSession(session, current);
    if (!settlement.ok) {
      await flagTotalMismatch(tx, current.id, settlement.chargedTotalCents);
      return "already_done" as const;
    }
    return markOrderPaid(
      tx,
      current.id,
      { email: session.customer_details?.email ?? null, paymentIntentId },
      settlement.details,
    );
  });
  if (outcome === "already_done") return false;
  await enqueueOutboxDelivery();
  return true;
}
