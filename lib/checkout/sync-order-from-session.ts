import "server-only";
import { markOrderPaid } from "@/lib/checkout/mark-order-paid";
import { sendPendingEmails } from "@/lib/email/send-pending-emails";
import { getStripe } from "@/lib/stripe/client";
import { sessionTotalsMatch } from "@/lib/checkout/stripe-webhook/find-session-order";
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
  totalCents: number;
  currency: string;
}): Promise<boolean> {
  const session = await getStripe().checkout.sessions.retrieve(order.stripeSessionId);
  if (session.metadata?.orderId !== order.id || !sessionTotalsMatch(session, order)) return false;
  if (
    session.status !== "complete" ||
    (session.payment_status !== "paid" && session.payment_status !== "no_payment_required")
  )
    return false;
  const paymentIntentId =
    typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  const outcome = await runTransaction((tx) =>
    markOrderPaid(tx, order.id, { email: session.customer_details?.email ?? null, paymentIntentId }),
  );
  if (outcome === "already_done") return false;
  await sendPendingEmails().catch((error: unknown) =>
    console.warn("Sending queued emails failed; they stay queued.", error),
  );
  return true;
}
