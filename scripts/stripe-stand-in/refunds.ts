import type { StandInContext } from "./context";
import { emit, nowS } from "./events";
import type { FormObject, FormValue } from "./form-body";
import {
  amountRefunded,
  requireCharge,
  requirePaymentIntent,
  toApiCharge,
  type StandInCharge,
} from "./payment-intents";
import { randomId, StripeRequestError } from "./session";

// Refunds as Stripe documents them: against a payment_intent or a charge, of the unrefunded
// amount by default, never of more than is left; succeeded at once (or pending when a test asks,
// as a bank refund would be), announced with refund.created and charge.refunded. A pending
// refund settles later (refund.updated, charge.refund.updated, and refund.failed when it fails);
// a failed or canceled one gives its amount back to the charge.

export type RefundStatus = "pending" | "succeeded" | "failed" | "canceled";

export type StandInRefund = {
  id: string;
  object: "refund";
  amount: number;
  balance_transaction: null;
  charge: string;
  created: number;
  currency: string;
  customer: null;
  destination_details: null;
  failure_reason?: string;
  metadata: Record<string, string>;
  payment_intent: string;
  payment_method: null;
  reason: "duplicate" | "fraudulent" | "requested_by_customer" | null;
  receipt_number: null;
  source_transfer_reversal: null;
  status: RefundStatus;
  transfer_reversal: null;
};

const REASONS = ["duplicate", "fraudulent", "requested_by_customer"] as const;

/** What RefundCreateParams allows; anything else is refused, as Stripe refuses unknown parameters. */
const KNOWN_PARAMS = new Set([
  "amount",
  "charge",
  "currency",
  "customer",
  "expand",
  "instructions_email",
  "metadata",
  "origin",
  "payment_intent",
  "reason",
  "refund_application_fee",
  "reverse_transfer",
]);

function invalid(message: string, param?: string, code?: string): never {
  throw new StripeRequestError(400, {
    error: { type: "invalid_request_error", message, ...(param ? { param } : {}), ...(code ? { code } : {}) },
  });
}

function text(value: FormValue | undefined, param: string): string | null {
  if (value === undefined || value === "") return null;
  if (typeof value !== "string") return invalid(`Invalid string: ${param}.`, param);
  return value;
}

function parseAmount(value: FormValue | undefined): number | null {
  const raw = text(value, "amount");
  if (raw === null) return null;
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) invalid(`Invalid integer: ${raw}`, "amount");
  if (Number(raw) < 1) invalid("This value must be greater than or equal to 1.", "amount");
  return Number(raw);
}

function parseMetadata(value: FormValue | undefined): Record<string, string> {
  // stripe-node sends metadata: "" to clear it.
  if (value === undefined || value === "") return {};
  if (typeof value !== "object" || Array.isArray(value)) return invalid("Invalid object: metadata.", "metadata");
  const metadata: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== "string") invalid(`Invalid metadata value for ${key}.`, `metadata[${key}]`);
    if (entry !== "") metadata[key] = entry as string;
  }
  return metadata;
}

/** An amount as Stripe writes it in messages: "$12.00", in the currency's own decimals. */
function formatAmount(amount: number, currency: string): string {
  const format = new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() });
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

/** The charge a refund request names: through its payment_intent, or directly. */
function chargeFor(ctx: StandInContext, params: FormObject): StandInCharge {
  const intentId = text(params.payment_intent, "payment_intent");
  const chargeId = text(params.charge, "charge");
  if (intentId && chargeId) invalid("You may only specify one of these parameters: charge, payment_intent.", "charge");
  if (chargeId) return requireCharge(ctx, chargeId, "charge");
  if (!intentId)
    return invalid("One of the following params should be provided for this request: payment_intent or charge.");
  const intent = requirePaymentIntent(ctx, intentId, "payment_intent");
  if (!intent.latestCharge)
    invalid(
      `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
      "payment_intent",
      "charge_not_refundable",
    );
  return requireCharge(ctx, intent.latestCharge, "payment_intent");
}

export function createRefund(ctx: StandInContext, params: FormObject, idempotencyKey: string | null): StandInRefund {
  const unknown = Object.keys(params).find((key) => !KNOWN_PARAMS.has(key));
  if (unknown) invalid(`Received unknown parameter: ${unknown}`, unknown);
  const charge = chargeFor(ctx, params);
  const currency = text(params.currency, "currency");
  if (currency && currency.toLowerCase() !== charge.currency)
    invalid(`The refund currency (${currency}) must match the charge's currency (${charge.currency}).`, "currency");
  const reason = text(params.reason, "reason");
  if (reason !== null && !(REASONS as readonly string[]).includes(reason))
    invalid(`Invalid reason: must be one of ${REASONS.join(", ")}`, "reason");
  const requested = parseAmount(params.amount);
  const metadata = parseMetadata(params.metadata);

  const unrefunded = charge.amount - amountRefunded(ctx.store, charge.id);
  if (unrefunded <= 0) invalid(`Charge ${charge.id} has already been refunded.`, undefined, "charge_already_refunded");
  const amount = requested ?? unrefunded;
  if (amount > unrefunded)
    invalid(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(unrefunded, charge.currency)})`,
      "amount",
      "amount_too_large",
    );

  const before = toApiCharge(ctx.store, charge);
  const refund: StandInRefund = {
    id: randomId("re"),
    object: "refund",
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: nowS(),
    currency: charge.currency,
    customer: null,
    destination_details: null,
    metadata,
    payment_intent: charge.paymentIntent,
    payment_method: null,
    reason: reason as StandInRefund["reason"],
    receipt_number: null,
    source_transfer_reversal: null,
    status: ctx.newRefundStatus,
    transfer_reversal: null,
  };
  ctx.store.refunds.set(refund.id, refund);
  ctx.store.save();
  emit(ctx, "refund.created", refund, { idempotencyKey });
  emit(ctx, "charge.refunded", toApiCharge(ctx.store, charge), {
    idempotencyKey,
    previousAttributes: { amount_refunded: before.amount_refunded, refunded: before.refunded },
  });
  return refund;
}

export function requireRefund(ctx: StandInContext, id: string): StandInRefund {
  const refund = ctx.store.refunds.get(id);
  if (!refund)
    throw new StripeRequestError(404, {
      error: {
        type: "invalid_request_error",
        code: "resource_missing",
        message: `No such refund: '${id}'`,
        param: "id",
      },
    });
  return refund;
}

/**
 * A pending refund reaching its end, as the bank reports it: refund.updated (and refund.failed
 * when it failed) and charge.refund.updated, with the refund as it is now. A failed or canceled
 * refund no longer counts towards the charge's amount_refunded.
 */
export function settleRefund(ctx: StandInContext, id: string, status: Exclude<RefundStatus, "pending">): StandInRefund {
  const refund = requireRefund(ctx, id);
  if (refund.status !== "pending")
    invalid(`Refund ${id} is ${refund.status}: only a pending refund can be settled.`, "id");
  refund.status = status;
  if (status === "failed") refund.failure_reason = "declined";
  ctx.store.save();
  const previousAttributes = { status: "pending" };
  emit(ctx, "refund.updated", refund, { previousAttributes });
  if (status === "failed") emit(ctx, "refund.failed", refund, { previousAttributes });
  emit(ctx, "charge.refund.updated", refund, { previousAttributes });
  return refund;
}

/** The refunds of one charge or payment intent (or all), newest first, as GET /v1/refunds lists them. */
export function refundsMatching(
  ctx: StandInContext,
  { paymentIntent, charge }: { paymentIntent: string | null; charge: string | null },
): StandInRefund[] {
  if (paymentIntent) requirePaymentIntent(ctx, paymentIntent, "payment_intent");
  if (charge) requireCharge(ctx, charge, "charge");
  return [...ctx.store.refunds.values()]
    .filter(
      (refund) => (!paymentIntent || refund.payment_intent === paymentIntent) && (!charge || refund.charge === charge),
    )
    .reverse();
}
