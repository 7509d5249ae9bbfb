import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { markOrderAwaitingPayment, markOrderPaid } from "@/lib/checkout/mark-order-paid";
import { releaseHold } from "@/lib/checkout/release-hold";
import type { SessionDetails } from "@/lib/checkout/session-settlement";
import type { CheckoutSessionSnapshot } from "@/lib/checkout/stripe-webhook/parse-stripe-event";

// One handler per Checkout Session event we act on. Each is idempotent at the order level too:
// its UPDATE only matches orders in an earlier state, so states only move forward
// (PENDING → AWAITING_PAYMENT → PAID; PENDING/AWAITING_PAYMENT → EXPIRED/FAILED).

export type HandlerResult = { changed: boolean; queuedEmail: boolean };
type Handler = (
  tx: Prisma.TransactionClient,
  session: CheckoutSessionSnapshot,
  orderId: string,
  /** What the session settled (address, rate, tax, total); null only for expiry and failure events. */
  details: SessionDetails | null,
) => Promise<HandlerResult>;

function paymentDetails(session: CheckoutSessionSnapshot) {
  const paymentIntent =
    typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  return { email: session.customer_details?.email ?? session.customer_email ?? null, paymentIntentId: paymentIntent };
}

const fulfil: Handler = async (tx, session, orderId, details) => {
  const outcome = await markOrderPaid(tx, orderId, paymentDetails(session), details);
  // Both outcomes queue an email: the confirmation, or the note that a person will follow up.
  return { changed: outcome !== "already_done", queuedEmail: outcome !== "already_done" };
};

// A Map, not an object literal: an event type is whatever string the event carries, and
// "constructor", "toString" or "__proto__" must find no handler rather than Object's own.
export const SESSION_HANDLERS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  [
    "checkout.session.completed",
    async (tx, session, orderId, details) => {
      if (session.payment_status === "paid" || session.payment_status === "no_payment_required")
        return fulfil(tx, session, orderId, details);
      // A delayed payment method: keep the stock held and wait for async_payment_succeeded/failed.
      return {
        changed: await markOrderAwaitingPayment(tx, orderId, paymentDetails(session).email, details),
        queuedEmail: false,
      };
    },
  ],
  ["checkout.session.async_payment_succeeded", fulfil],
  [
    "checkout.session.async_payment_failed",
    async (tx, _session, orderId) => ({ changed: await releaseHold(tx, orderId, "FAILED"), queuedEmail: false }),
  ],
  [
    "checkout.session.expired",
    async (tx, _session, orderId) => ({ changed: await releaseHold(tx, orderId, "EXPIRED"), queuedEmail: false }),
  ],
]);

/** Events that end an unpaid order and return its stock: applied even when the amounts disagree. */
export const RELEASE_EVENTS: ReadonlySet<string> = new Set([
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
]);
