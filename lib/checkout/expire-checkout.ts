import "server-only";
import Stripe from "stripe";
import { releaseHold } from "@/lib/checkout/release-hold";
import { getStripe } from "@/lib/stripe/client";
import { runTransaction } from "@/lib/run-transaction";

/**
 * Ends an order's open Checkout Session early and returns its stock. Stripe's advice for limited
 * inventory: expire the session first and release only once Stripe says it is expired, otherwise a
 * payment in flight could land on stock already sold again. Returns false if the session had
 * already completed (the payment wins; its webhook will mark the order paid).
 */
export async function expireCheckout(orderId: string, sessionId: string): Promise<boolean> {
  const stripe = getStripe();
  let session: Stripe.Checkout.Session;
  try {
    session = await stripe.checkout.sessions.expire(sessionId);
  } catch (error) {
    // Not open any more (already expired or completed): ask Stripe which.
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
    session = await stripe.checkout.sessions.retrieve(sessionId);
  }
  if (session.status !== "expired") return false;
  await runTransaction((tx) => releaseHold(tx, orderId, "EXPIRED"));
  return true;
}
