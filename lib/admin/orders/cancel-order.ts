import "server-only";
import Stripe from "stripe";
import { getDb } from "@/lib/db";
import { releaseHold } from "@/lib/checkout/release-hold";
import { getStripe } from "@/lib/stripe/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { cancelPaidOrder, type PaidCancellation } from "./cancel-paid-order";

/** A session attached between our read and our release makes us start over; twice is plenty. */
const ATTEMPTS = 3;

/**
 * Cancels an unpaid (PENDING) order and puts its held stock back on sale exactly once: the
 * release shares checkout's "stockReleasedAt IS NULL" guard, so a racing expiry webhook or a
 * second click finds nothing left to release. If the shopper has an open Checkout Session it is
 * expired at Stripe first; if Stripe says it already completed, the payment wins and nothing is
 * cancelled. The release only matches while the order's session is still the one expired here
 * (or still none), so a session that checkout attaches in between is never left payable on a
 * cancelled order: the cancel reads again and expires that one too.
 * AWAITING_PAYMENT orders are refused: a bank payment is in flight and may still settle. A paid
 * order that hasn't shipped is cancelled and refunded by cancel-paid-order.ts.
 */
export async function cancelOrder(
  actor: StaffActor,
  orderId: string,
): Promise<{ released: boolean; refund: PaidCancellation | null }> {
  const db = getDb();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const order = await db.order.findUnique({
      where: { id: orderId },
      select: { status: true, stripeSessionId: true },
    });
    if (!order) throw new AdminError("That order doesn't exist.", undefined, 404);
    if (order.status === "PAID") return { released: true, refund: await cancelPaidOrder(actor, orderId) };
    if (order.status === "AWAITING_PAYMENT") {
      throw new AdminError(
        "A delayed payment (such as a bank debit) is still in progress. Wait for it to succeed or fail.",
        undefined,
        409,
      );
    }
    if (order.status !== "PENDING")
      throw new AdminError(
        `Only unpaid orders and paid ones not yet shipped can be cancelled; this one is ${order.status.toLowerCase().replace("_", " ")}.`,
        undefined,
        409,
      );

    if (order.stripeSessionId && !(await expireSession(order.stripeSessionId))) {
      throw new AdminError(
        "The shopper has just paid for this order, so it wasn't cancelled. Reload to see it as paid.",
        undefined,
        409,
      );
    }
    const released = await db.$transaction(async (tx) => {
      if (!(await releaseHold(tx, orderId, "CANCELLED", { sessionIdRead: order.stripeSessionId }))) return false;
      await writeAudit(
        {
          actorId: actor.userId,
          action: "order.cancel",
          entityType: "Order",
          entityId: orderId,
          before: { status: order.status },
          after: { status: "CANCELLED", stockReleased: true },
          ip: actor.ip,
        },
        tx,
      );
      return true;
    });
    if (released) return { released, refund: null };
    // Not released: paid, expired or cancelled meanwhile (the next read says which), or a
    // Checkout Session was attached after our read (the next pass expires it first).
  }
  throw new AdminError("This order changed while you were cancelling it. Reload the page.", undefined, 409);
}

/** True once Stripe confirms the session is expired (so no payment can land on it any more). */
async function expireSession(sessionId: string): Promise<boolean> {
  const stripe = getStripe();
  try {
    return (await stripe.checkout.sessions.expire(sessionId)).status === "expired";
  } catch (error) {
    // Not open any more: ask Stripe whether it expired or completed.
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
    return (await stripe.checkout.sessions.retrieve(sessionId)).status === "expired";
  }
}
