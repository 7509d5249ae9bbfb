import "server-only";
import Stripe from "stripe";
import { getDb } from "@/lib/db";
import {
  checkoutInProgress,
  emptyCart,
  orderAlreadyPlaced,
  paymentUnavailable,
  unknownShipTo,
} from "@/lib/checkout/checkout-error";
import { stripeIdempotencyKey } from "@/lib/checkout/checkout-key";
import { expireCheckout } from "@/lib/checkout/expire-checkout";
import { expireSupersededCheckouts } from "@/lib/checkout/expire-superseded-checkouts";
import { placeHold, type HeldOrder } from "@/lib/checkout/place-hold";
import { ABANDONED_AFTER_MS } from "@/lib/checkout/release-abandoned-holds";
import { releaseHold } from "@/lib/checkout/release-hold";
import { checkoutSessionParams, sessionExpiresAt } from "@/lib/checkout/session-params";
import { createOrderCoupon } from "@/lib/discounts/order-coupon";
import { touchCart } from "@/lib/cart/touch-cart";
import { StoreError } from "@/lib/errors/store-error";
import { isShippingCountry } from "@/lib/orders/shipping-countries";
import { getStripe } from "@/lib/stripe/client";
import { PaymentsNotConfigured } from "@/lib/stripe/config";
import { siteOrigin } from "@/lib/site";
import { runTransaction } from "@/lib/run-transaction";
import { countCheckoutOutcome } from "@/lib/metrics/record-outcome";

export type CheckoutStarted = { orderId: string; sessionId: string; url: string };

const DEAD = new Set(["FAILED", "EXPIRED", "CANCELLED"]);

/**
 * Starts checkout for a guest cart: holds the stock in a PENDING order (place-hold.ts), then opens
 * a Stripe Checkout Session for it with the idempotency key checkout:<orderId>. Returns where to
 * send the shopper. Throws StoreErrors: 409 sold_out / empty_cart / checkout_in_progress, 503
 * payment_unavailable (after releasing the hold, so no unpaid order keeps stock or stays payable),
 * 409 too_many_pairs and 429 too_many_checkouts (hold-limits.ts). `clientIp` is the shopper's
 * address, as lib/staff/client-ip.ts reads it. `shipTo`, when the shopper chose a country before
 * paying, narrows the shipping offer to the rates for that country (decision 0019). Stripe sends
 * the shopper back to `returnOrigin` (return-origin.ts), SITE_URL's unless given.
 */
export const startCheckout: typeof beginCheckout = (...args) => countCheckoutOutcome(beginCheckout(...args));

async function beginCheckout(
  cartId: string | null,
  clientIp: string,
  { shipTo = null, returnOrigin = siteOrigin() }: { shipTo?: string | null; returnOrigin?: string } = {},
): Promise<CheckoutStarted> {
  if (!cartId) throw emptyCart();
  if (shipTo !== null && !isShippingCountry(shipTo)) throw unknownShipTo();
  assertPaymentsConfigured();
  await expireSupersededCheckouts(cartId, shipTo);
  for (let attempt = 0; attempt < 3; attempt++) {
    const { order, created } = await placeHold(cartId, clientIp, shipTo);
    if (["AWAITING_PAYMENT", "PAID", "SHIPPED"].includes(order.status)) throw orderAlreadyPlaced(order.id);
    const lapsed = order.stripeSessionId !== null && sessionExpiresAt(order) * 1000 < Date.now() + 60_000;
    // Its session's time is up (its expiry webhook may still be on the way): close it ourselves.
    if (lapsed && !(await expireCheckout(order.id, order.stripeSessionId as string)))
      throw orderAlreadyPlaced(order.id);
    if (DEAD.has(order.status) || lapsed) {
      // This cart version's order is over (payment failed, expired, Stripe was down). A new
      // version gives a new key, so the retry is a new order with its own idempotency key.
      await runTransaction((tx) => touchCart(tx, cartId));
      continue;
    }
    return openSession(order, created, returnOrigin);
  }
  throw checkoutInProgress();
}

function assertPaymentsConfigured(): void {
  try {
    getStripe();
  } catch (error) {
    if (!(error instanceof PaymentsNotConfigured)) throw error;
    console.warn(`Checkout unavailable: ${error.message}`);
    throw paymentUnavailable();
  }
}

async function openSession(order: HeldOrder, created: boolean, returnOrigin: string): Promise<CheckoutStarted> {
  let session: Stripe.Checkout.Session;
  try {
    // stripe-node retries timeouts and 5xx by itself, sending this same key each time, so a
    // request that reached Stripe but lost its reply returns the session it created.
    const couponId = order.discount ? await createOrderCoupon(order, order.discount) : null;
    session = await getStripe().checkout.sessions.create(checkoutSessionParams(order, returnOrigin, couponId), {
      idempotencyKey: stripeIdempotencyKey(order.id),
    });
  } catch (error) {
    const existing = await openSessionAfterKeyClash(order, error);
    if (existing) return existing;
    return failOpen(order, created, error);
  }
  if (!session.url) return failOpen(order, created, new Error(`Stripe returned session ${session.id} without a URL`));

  const attached = await getDb().$executeRaw`
    UPDATE "Order" SET "stripeSessionId" = ${session.id}, "updatedAt" = now()
    WHERE "id" = ${order.id} AND "status" = 'PENDING' AND "stockReleasedAt" IS NULL
      AND ("stripeSessionId" IS NULL OR "stripeSessionId" = ${session.id})`;
  if (attached === 0) {
    // The hold was released meanwhile (a racing request gave up on Stripe): this session must not be paid.
    await getStripe()
      .checkout.sessions.expire(session.id)
      .catch(() => undefined);
    throw new StoreError(409, "checkout_expired", { _: "Your checkout timed out. Please try again." });
  }
  return { orderId: order.id, sessionId: session.id, url: session.url };
}

/**
 * The same cart checked out again from another of the store's origins (127.0.0.1 and localhost,
 * say) asks Stripe for its session with the same key but another return address, which Stripe
 * refuses as an idempotency error. The order's session already exists: while it is open, that is
 * the answer (the shopper comes back to the origin the first attempt named). Null otherwise.
 */
async function openSessionAfterKeyClash(order: HeldOrder, error: unknown): Promise<CheckoutStarted | null> {
  if (!(error instanceof Stripe.errors.StripeIdempotencyError) || order.stripeSessionId === null) return null;
  try {
    const session = await getStripe().checkout.sessions.retrieve(order.stripeSessionId);
    return session.status === "open" && session.url
      ? { orderId: order.id, sessionId: session.id, url: session.url }
      : null;
  } catch {
    return null;
  }
}

/**
 * Stripe failed or timed out. The request that created the order releases its hold and marks it
 * FAILED, unless a session got attached meanwhile (then that session stands). A duplicate request
 * (double click) leaves the order to its creator, unless the creator is evidently gone.
 */
async function failOpen(order: HeldOrder, created: boolean, error: unknown): Promise<never> {
  const outage =
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError;
  const detail = error instanceof Error ? error.message : String(error);
  if (outage) console.warn(`Stripe unavailable while opening checkout for order ${order.id}: ${detail}`);
  else console.error(`Stripe rejected the checkout session for order ${order.id}:`, error);
  const abandoned = Date.now() - order.createdAt.getTime() > ABANDONED_AFTER_MS;
  if (created || abandoned) {
    await runTransaction((tx) => releaseHold(tx, order.id, "FAILED", { onlyWithoutSession: true }));
  } else if (order.stripeSessionId === null) {
    throw checkoutInProgress();
  }
  throw paymentUnavailable();
}
