import type { StandInContext } from "./context";
import { nowS, type ApiObject } from "./events";
import { randomId, StripeRequestError, type StoredSession } from "./session";
import type { StandInStore } from "./store";

// The PaymentIntent and Charge behind a paid Checkout Session, as Stripe makes them: the intent
// when the shopper pays (processing while a delayed payment is on its way), the charge once the
// money is in. Refunds are made against the charge; what they take back is counted from them.

export type StandInPaymentIntent = {
  id: string;
  amount: number;
  currency: string;
  created: number;
  status: "processing" | "succeeded" | "requires_payment_method";
  /** The charge that took the money (ch_...), once the payment succeeded. */
  latestCharge: string | null;
  /** The Checkout Session it was made for. */
  checkoutSession: string;
};

export type StandInCharge = {
  id: string;
  amount: number;
  currency: string;
  created: number;
  paymentIntent: string;
  email: string | null;
};

/** Refunds in these states take money back from the charge (a failed or canceled one gives it back). */
const COUNTED_REFUND_STATUSES = new Set(["succeeded", "pending", "requires_action"]);

function createCharge(ctx: StandInContext, intent: StandInPaymentIntent, email: string | null): void {
  const charge: StandInCharge = {
    id: randomId("ch"),
    amount: intent.amount,
    currency: intent.currency,
    created: nowS(),
    paymentIntent: intent.id,
    email,
  };
  ctx.store.charges.set(charge.id, charge);
  intent.status = "succeeded";
  intent.latestCharge = charge.id;
}

/** The intent a session completing makes: paid now (with its charge), or processing until it settles. */
export function recordPaymentIntent(ctx: StandInContext, stored: StoredSession): StandInPaymentIntent {
  const { session } = stored;
  const intent: StandInPaymentIntent = {
    id: randomId("pi"),
    amount: session.amount_total,
    currency: session.currency,
    created: nowS(),
    status: "processing",
    latestCharge: null,
    checkoutSession: session.id,
  };
  ctx.store.paymentIntents.set(intent.id, intent);
  if (session.payment_status === "paid") createCharge(ctx, intent, session.customer_details?.email ?? null);
  return intent;
}

/** A delayed payment settling: the charge is made, or the intent needs another payment method. */
export function settlePaymentIntent(ctx: StandInContext, stored: StoredSession, succeeded: boolean): void {
  const intent = stored.session.payment_intent ? ctx.store.paymentIntents.get(stored.session.payment_intent) : null;
  // A session completed by an older stand-in, before it kept payment intents.
  if (!intent || intent.status !== "processing") return;
  if (succeeded) createCharge(ctx, intent, stored.session.customer_details?.email ?? null);
  else intent.status = "requires_payment_method";
}

function missing(kind: string, id: string, param: string): never {
  throw new StripeRequestError(404, {
    error: { type: "invalid_request_error", code: "resource_missing", message: `No such ${kind}: '${id}'`, param },
  });
}

export function requirePaymentIntent(ctx: StandInContext, id: string, param = "intent"): StandInPaymentIntent {
  return ctx.store.paymentIntents.get(id) ?? missing("payment_intent", id, param);
}

export function requireCharge(ctx: StandInContext, id: string, param = "charge"): StandInCharge {
  return ctx.store.charges.get(id) ?? missing("charge", id, param);
}

/** What the charge's refunds take back: succeeded and pending ones, as Stripe counts amount_refunded. */
export function amountRefunded(store: StandInStore, chargeId: string): number {
  let sum = 0;
  for (const refund of store.refunds.values())
    if (refund.charge === chargeId && COUNTED_REFUND_STATUSES.has(refund.status)) sum += refund.amount;
  return sum;
}

export function toApiPaymentIntent(intent: StandInPaymentIntent): Record<string, unknown> {
  return {
    id: intent.id,
    object: "payment_intent",
    amount: intent.amount,
    amount_capturable: 0,
    amount_received: intent.status === "succeeded" ? intent.amount : 0,
    application: null,
    application_fee_amount: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: `${intent.id}_secret_standin`,
    confirmation_method: "automatic",
    created: intent.created,
    currency: intent.currency,
    customer: null,
    description: null,
    last_payment_error: null,
    latest_charge: intent.latestCharge,
    livemode: false,
    metadata: {},
    next_action: null,
    payment_method: null,
    payment_method_types: ["card"],
    receipt_email: null,
    status: intent.status,
  };
}

export function toApiCharge(store: StandInStore, charge: StandInCharge): ApiObject & Record<string, unknown> {
  const refunded = amountRefunded(store, charge.id);
  return {
    id: charge.id,
    object: "charge",
    amount: charge.amount,
    amount_captured: charge.amount,
    amount_refunded: refunded,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: { address: null, email: charge.email, name: null, phone: null, tax_id: null },
    captured: true,
    created: charge.created,
    currency: charge.currency,
    customer: null,
    description: null,
    disputed: false,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: {},
    paid: true,
    payment_intent: charge.paymentIntent,
    payment_method: null,
    receipt_email: null,
    receipt_number: null,
    receipt_url: null,
    refunded: refunded >= charge.amount,
    status: "succeeded",
  };
}
