import "server-only";
import type Stripe from "stripe";
import type { Prisma } from "@/lib/generated/prisma/client";
import { markOrderAwaitingPayment, markOrderPaid } from "@/lib/checkout/mark-order-paid";
import { releaseHold } from "@/lib/checkout/release-hold";

// One handler per Checkout Session event we act on. Each is idempotent at the order level too:
// its UPDATE only matches orders in an earlier state, so states only move forward
// (PENDING → AWAITING_PAYMENT → PAID; PENDING/AWAITING_PAYMENT → EXPIRED/FAILED).

export type HandlerResult = { changed: boolean; queuedEmail: boolean };
type Handler = (tx: Prisma.TransactionClient, session: Stripe.Checkout.Session, orderId: string) => Promise<HandlerResult>;

function paymentDetails(session: Stripe.Checkout.Session) {
  const paymentIntent = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  return { email: session.customer_details?.email ?? session.customer_email ?? null, paymentIntentId: paymentIntent };
}

const fulfil: Handler = async (tx, session, orderId) => {
  const outcome = await markOrderPaid(tx, orderId, paymentDetails(session));
  if (outcome === "released") {
    console.warn(`Payment arrived for order ${orderId} (session ${session.id}) after its stock was released: refund it or fulfil it by hand.`);
  }
  return { changed: outcome === "paid", queuedEmail: outcome === "paid" };
};

export const SESSION_HANDLERS: Record<string, Handler> = {
  "checkout.session.completed": async (tx, session, orderId) => {
    if (session.payment_status === "paid" || session.payment_status === "no_payment_required") return fulfil(tx, session, orderId);
    // A delayed payment method: keep the stock held and wait for async_payment_succeeded/failed.
    return { changed: await markOrderAwaitingPayment(tx, orderId, paymentDetails(session).email), queuedEmail: false };
  },
  "checkout.session.async_payment_succeeded": fulfil,
  "checkout.session.async_payment_failed": async (tx, _session, orderId) => ({ changed: await releaseHold(tx, orderId, "FAILED"), queuedEmail: false }),
  "checkout.session.expired": async (tx, _session, orderId) => ({ changed: await releaseHold(tx, orderId, "EXPIRED"), queuedEmail: false }),
};
