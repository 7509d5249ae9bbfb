import "@/lib/validation/browser-zod-config";
import { z, type ZodError } from "zod";
import { fieldErrors } from "@/lib/errors/field-errors";

// The few fields of a verified event that the webhook reads, checked before anything uses them.
// A correct signature proves who sent the bytes, not what they hold: a test tool or a bug on our
// side can sign `null`, an array or an event without `data`. Only what we read is checked, and
// extra fields pass, so a new field in a later Stripe API version is never a reason to refuse.

/** Stripe's ids are at most 255 characters; the event id becomes a primary key (StripeEvent). */
const stripeId = z.string().min(1).max(255);

const envelopeSchema = z.object({
  id: stripeId,
  type: z.string().min(1).max(255),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

/** An id, or the object it names when expanded (stripe-node's retrieve can expand it). */
const expandable = z.union([stripeId, z.object({ id: stripeId })]);

const text = z.string().max(500).nullish();

const shippingDetailsSchema = z.object({
  name: text,
  address: z.object({ line1: text, line2: text, city: text, state: text, postal_code: text, country: text }).nullish(),
});

const checkoutSessionSchema = z.object({
  object: z.literal("checkout.session"),
  id: stripeId,
  metadata: z.record(z.string(), z.string()).nullish(),
  client_reference_id: z.string().nullish(),
  amount_total: z.number().int().nullable(),
  currency: z.string().nullable(),
  payment_status: z.string(),
  status: z.string().nullish(),
  customer_email: z.string().nullish(),
  customer_details: z
    .object({ email: z.string().nullish(), name: z.string().nullish(), phone: z.string().nullish() })
    .nullish(),
  payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullish(),
  // Shipping and tax (decision 0019): the address, the chosen rate and Stripe's sums.
  collected_information: z.object({ shipping_details: shippingDetailsSchema.nullish() }).nullish(),
  shipping_options: z
    .array(z.object({ shipping_amount: z.number().int(), shipping_rate: expandable }))
    .max(20)
    .nullish(),
  shipping_cost: z
    .object({
      amount_subtotal: z.number().int(),
      amount_tax: z.number().int().nullish(),
      shipping_rate: expandable.nullish(),
    })
    .nullish(),
  total_details: z
    .object({ amount_discount: z.number().int().nullish(), amount_tax: z.number().int().nullish() })
    .nullish(),
});

export type CheckoutSessionSnapshot = z.infer<typeof checkoutSessionSchema>;

/** A Refund (refund.* and charge.refund.updated events): what lib/refunds reconciles. */
const refundSchema = z.object({
  object: z.literal("refund"),
  id: stripeId,
  amount: z.number().int(),
  status: z.string().max(40).nullable(),
  payment_intent: z.union([stripeId, z.object({ id: stripeId })]).nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

/** A Charge (charge.refunded): the payment's total refunded so far. */
const chargeSchema = z.object({
  object: z.literal("charge"),
  id: stripeId,
  amount_refunded: z.number().int(),
  payment_intent: z.union([stripeId, z.object({ id: stripeId })]).nullish(),
});

export type RefundSnapshot = z.infer<typeof refundSchema>;
export type ChargeSnapshot = z.infer<typeof chargeSchema>;

/** A verified event: its id and type, and its object when that is one the store reads. */
export type StripeEventSummary = {
  id: string;
  type: string;
  session: CheckoutSessionSnapshot | null;
  refund?: RefundSnapshot | null;
  charge?: ChargeSnapshot | null;
};

export type ParsedStripeEvent = { ok: true; event: StripeEventSummary } | { ok: false; fields: Record<string, string> };

/**
 * The event's shape, or the fields that are wrong. Any object that says it is a Checkout Session
 * must have a session's shape: its event may be a payment, and one we can't read must not be
 * acknowledged as if it were handled. Refunds and charges are read for the refund events (decision
 * 0022). Other objects are left unread (their types are ignored).
 */
export function parseStripeEvent(raw: unknown): ParsedStripeEvent {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, fields: eventFieldErrors(envelope.error, "") };
  const { id, type, data } = envelope.data;
  if (data.object.object === "refund" || data.object.object === "charge") {
    const isRefund = data.object.object === "refund";
    const parsed = (isRefund ? refundSchema : chargeSchema).safeParse(data.object);
    if (!parsed.success) return { ok: false, fields: eventFieldErrors(parsed.error, "data.object.") };
    return {
      ok: true,
      event: isRefund
        ? { id, type, session: null, refund: parsed.data as RefundSnapshot }
        : { id, type, session: null, charge: parsed.data as ChargeSnapshot },
    };
  }
  if (data.object.object !== "checkout.session") return { ok: true, event: { id, type, session: null } };
  const session = checkoutSessionSchema.safeParse(data.object);
  if (!session.success) return { ok: false, fields: eventFieldErrors(session.error, "data.object.") };
  return { ok: true, event: { id, type, session: session.data } };
}

function eventFieldErrors(error: ZodError, prefix: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(error)))
    fields[path === "_" ? "_" : `${prefix}${path}`] = message;
  return fields;
}

/** A Checkout Session read from Stripe's API (the success page's check), in the webhook's shape; null if unreadable. */
export function parseCheckoutSession(raw: unknown): CheckoutSessionSnapshot | null {
  const session = checkoutSessionSchema.safeParse(raw);
  return session.success ? session.data : null;
}
