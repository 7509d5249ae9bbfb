import "server-only";
import { runTransaction } from "@/lib/run-transaction";
import { flagTotalMismatch } from "@/lib/checkout/flag-total-mismatch";
import { settleSession } from "@/lib/checkout/session-settlement";
import { findSessionOrder } from "@/lib/checkout/stripe-webhook/find-session-order";
import type { StripeEventSummary } from "@/lib/checkout/stripe-webhook/parse-stripe-event";
import { recordEvent } from "@/lib/checkout/stripe-webhook/record-event";
import { RELEASE_EVENTS, SESSION_HANDLERS } from "@/lib/checkout/stripe-webhook/session-handlers";
import { CHARGE_REFUNDED, handleRefundEvent, REFUND_EVENTS } from "@/lib/checkout/stripe-webhook/refund-handlers";

export type EventOutcome = { result: "applied" | "no_change" | "duplicate" | "ignored"; queuedEmail: boolean };

const IGNORED: EventOutcome = { result: "ignored", queuedEmail: false };

/**
 * Applies a verified event whose shape was checked (parse-stripe-event.ts). The event id is
 * stored in the same transaction as the state change, so either both commit or neither does (a
 * failure rolls back and Stripe's redelivery starts clean). Anything thrown here is a server
 * fault and must become a 5xx so Stripe retries.
 */
export async function handleStripeEvent(event: StripeEventSummary): Promise<EventOutcome> {
  if ((REFUND_EVENTS.has(event.type) && event.refund) || (event.type === CHARGE_REFUNDED && event.charge))
    return handleRefundEvent(event);
  const handler = SESSION_HANDLERS.get(event.type);
  if (!handler) {
    console.info(`Stripe event ${event.id} ignored: this store doesn't handle ${event.type}.`);
    return IGNORED;
  }
  const session = event.session;
  return runTransaction(async (tx) => {
    const order = session ? await findSessionOrder(tx, session) : null;
    if (!session || !order) {
      console.warn(
        `Stripe event ${event.id} (${event.type}) ignored: ${session ? `session ${session.id}` : "its object"} is not one of this store's orders.`,
      );
      return IGNORED;
    }
    // The store's own total (lines + shipping + tax − discount) against Stripe's amount_total. A
    // payment that disagrees is never fulfilled: the order is flagged for staff instead. An
    // expiry or failure still returns the stock, whatever the amounts say.
    const settlement = settleSession(session, order);
    if (!settlement.ok && !RELEASE_EVENTS.has(event.type)) {
      const flagged = await flagTotalMismatch(tx, order.id, settlement.chargedTotalCents);
      console.warn(
        `Stripe event ${event.id} ignored: session ${session.id} doesn't match order ${order.id} (${settlement.problem})${flagged ? "; the order is flagged for staff" : ""}.`,
      );
      return IGNORED;
    }
    if (!(await recordEvent(tx, event, order.id))) return { result: "duplicate", queuedEmail: false };
    const change = await handler(tx, session, order.id, settlement.ok ? settlement.details : null);
    return { result: change.changed ? "applied" : "no_change", queuedEmail: change.queuedEmail };
  });
}
