import crypto from "node:crypto";
import type { FormObject, FormValue } from "./form-body";
import { allocateDiscount, discountOn, parseSessionDiscounts, type StandInCoupon } from "./coupons";
import { parseShippingAndTax, parseTaxBehavior, type StandInShippingRate, type TaxBehavior } from "./shipping-and-tax";

// The part of a Checkout Session the store uses, validated the way Stripe validates it, so a bad
// request fails here the way it would fail against api.stripe.com.

export type StandInLineItem = {
  name: string;
  currency: string;
  unitAmount: number;
  quantity: number;
  /** Before tax (Stripe's amount_subtotal): unit amount × quantity. */
  amountTotal: number;
  taxBehavior: TaxBehavior;
  /** The tax Stripe Tax put on this line once the address was known (0 before). */
  amountTax: number;
  /** This line's share of the session's discount (Stripe spreads it over the lines). */
  amountDiscount?: number;
};

export type StandInAddress = {
  city: string | null;
  country: string;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
};

export type StandInSession = {
  id: string;
  object: "checkout.session";
  created: number;
  expires_at: number;
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  mode: "payment";
  currency: string;
  amount_subtotal: number;
  amount_total: number;
  metadata: Record<string, string>;
  client_reference_id: string | null;
  customer_email: string | null;
  customer_details: {
    email: string;
    name: string | null;
    phone: string | null;
    address: StandInAddress | null;
    tax_exempt: "none";
    tax_ids: [];
  } | null;
  collected_information: {
    business_name: null;
    individual_name: null;
    shipping_details: { name: string; address: StandInAddress } | null;
  } | null;
  automatic_tax: { enabled: boolean; liability: null; provider: string | null; status: string | null };
  phone_number_collection: { enabled: boolean };
  shipping_address_collection: { allowed_countries: string[] } | null;
  shipping_options: { shipping_amount: number; shipping_rate: string }[];
  shipping_cost: { amount_subtotal: number; amount_tax: number; amount_total: number; shipping_rate: string } | null;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  /** The coupon applied with `discounts` (at most one). */
  discounts?: { coupon: string; promotion_code: null }[];
  payment_intent: string | null;
  success_url: string;
  cancel_url: string | null;
  url: string | null;
  livemode: false;
};

export type StoredSession = {
  session: StandInSession;
  lineItems: StandInLineItem[];
  /** The ShippingRate objects Stripe makes from shipping_rate_data, in the order given. */
  shippingRates: StandInShippingRate[];
  /** Test control: the amount_total to report on completion instead of the true one. */
  misreportedAmountTotal?: number;
};

export type StripeErrorBody = { error: { type: string; message: string; param?: string; code?: string } };

export class StripeRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.error.message);
  }
}

const MIN_EXPIRY_S = 30 * 60;
const MAX_EXPIRY_S = 24 * 60 * 60;

export function randomId(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(24).toString("base64url").replace(/[-_]/g, "")}`;
}

function invalid(message: string, param?: string): never {
  throw new StripeRequestError(400, { error: { type: "invalid_request_error", message, ...(param ? { param } : {}) } });
}

function text(value: FormValue | undefined, param: string, required = true): string | null {
  if (value === undefined || value === "") return required ? invalid(`Missing required param: ${param}.`, param) : null;
  if (typeof value !== "string") return invalid(`Invalid string: ${param}.`, param);
  return value;
}

function integer(value: FormValue | undefined, param: string, min: number): number {
  const raw = text(value, param) as string;
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) invalid(`Invalid integer: ${raw}`, param);
  const parsed = Number(raw);
  if (parsed < min) invalid(`This value must be greater than or equal to ${min}.`, param);
  return parsed;
}

function object(value: FormValue | undefined, param: string): FormObject {
  if (value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) return invalid(`Invalid object: ${param}.`, param);
  return value;
}

function parseLineItems(value: FormValue | undefined): StandInLineItem[] {
  if (!Array.isArray(value) || value.length === 0) invalid("Missing required param: line_items.", "line_items");
  if (value.length > 100) invalid("line_items can have at most 100 items.", "line_items");
  return value.map((item, index) => {
    const param = `line_items[${index}]`;
    const line = object(item, param);
    const priceData = object(line.price_data, `${param}[price_data]`);
    const productData = object(priceData.product_data, `${param}[price_data][product_data]`);
    const currency = (text(priceData.currency, `${param}[price_data][currency]`) as string).toLowerCase();
    if (!/^[a-z]{3}$/.test(currency)) invalid(`Invalid currency: ${currency}.`, `${param}[price_data][currency]`);
    const unitAmount = integer(priceData.unit_amount, `${param}[price_data][unit_amount]`, 0);
    const quantity = integer(line.quantity, `${param}[quantity]`, 1);
    const name = text(productData.name, `${param}[price_data][product_data][name]`) as string;
    const taxBehavior = parseTaxBehavior(priceData.tax_behavior, `${param}[price_data][tax_behavior]`, invalid);
    return { name, currency, unitAmount, quantity, amountTotal: unitAmount * quantity, taxBehavior, amountTax: 0 };
  });
}

function parseMetadata(value: FormValue | undefined): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [key, entry] of Object.entries(object(value, "metadata"))) {
    if (typeof entry !== "string") invalid(`Invalid metadata value for ${key}.`, `metadata[${key}]`);
    metadata[key] = entry;
  }
  return metadata;
}

function parseUrl(value: FormValue | undefined, param: string, required: boolean): string | null {
  const raw = text(value, param, required);
  if (raw === null) return null;
  try {
    new URL(raw.replace("{CHECKOUT_SESSION_ID}", "x"));
  } catch {
    invalid("Not a valid URL", param);
  }
  return raw;
}

/** Builds an open session from the request params (seconds since the epoch, as Stripe uses). */
export function createSession(
  params: FormObject,
  nowS: number,
  payPageBase: string,
  coupons: ReadonlyMap<string, StandInCoupon> = new Map(),
): StoredSession {
  const mode = text(params.mode, "mode");
  if (mode !== "payment") invalid("This stand-in supports mode=payment only.", "mode");
  const lineItems = parseLineItems(params.line_items);
  const currency = lineItems[0]?.currency ?? "usd";
  if (lineItems.some((line) => line.currency !== currency))
    invalid("All line items must use the same currency.", "line_items");
  const expiresAt = params.expires_at === undefined ? nowS + MAX_EXPIRY_S : integer(params.expires_at, "expires_at", 0);
  if (expiresAt < nowS + MIN_EXPIRY_S || expiresAt > nowS + MAX_EXPIRY_S) {
    invalid(
      "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.",
      "expires_at",
    );
  }
  const extras = parseShippingAndTax(params, currency, invalid, () => randomId("shr_test"));
  if (extras.automaticTax) {
    const untaxed = [
      ...lineItems.map((line, index) => ({
        behavior: line.taxBehavior,
        param: `line_items[${index}][price_data][tax_behavior]`,
      })),
      ...extras.shippingRates.map((rate, index) => ({
        behavior: rate.taxBehavior,
        param: `shipping_options[${index}][shipping_rate_data][tax_behavior]`,
      })),
    ].find((entry) => entry.behavior === "unspecified");
    if (untaxed)
      invalid(
        "When automatic_tax is enabled, every price and shipping rate needs a tax_behavior of inclusive or exclusive (no default is set in this account's tax settings).",
        untaxed.param,
      );
  }
  const subtotal = lineItems.reduce((sum, line) => sum + line.amountTotal, 0);
  const coupon = parseSessionDiscounts(params, currency, coupons, nowS, invalid);
  const discount = discountOn(subtotal, coupon);
  const shares = allocateDiscount(
    lineItems.map((line) => line.amountTotal),
    discount,
  );
  lineItems.forEach((line, index) => (line.amountDiscount = shares[index] ?? 0));
  // Stripe preselects the first shipping option; tax waits for the address.
  const firstShipping = extras.shippingRates[0]?.amount ?? 0;
  const id = randomId("cs_test");
  const session: StandInSession = {
    id,
    object: "checkout.session",
    created: nowS,
    expires_at: expiresAt,
    status: "open",
    payment_status: "unpaid",
    mode: "payment",
    currency,
    amount_subtotal: subtotal,
    amount_total: subtotal - discount + firstShipping,
    metadata: parseMetadata(params.metadata),
    client_reference_id: text(params.client_reference_id, "client_reference_id", false),
    customer_email: text(params.customer_email, "customer_email", false),
    customer_details: null,
    collected_information: null,
    automatic_tax: {
      enabled: extras.automaticTax,
      liability: null,
      provider: extras.automaticTax ? "stripe" : null,
      status: extras.automaticTax ? "requires_location_inputs" : null,
    },
    phone_number_collection: { enabled: extras.phoneNumberCollection },
    shipping_address_collection: extras.allowedCountries ? { allowed_countries: extras.allowedCountries } : null,
    shipping_options: extras.shippingRates.map((rate) => ({ shipping_amount: rate.amount, shipping_rate: rate.id })),
    shipping_cost: null,
    total_details: { amount_discount: discount, amount_shipping: firstShipping, amount_tax: 0 },
    discounts: coupon ? [{ coupon: coupon.id, promotion_code: null }] : [],
    payment_intent: null,
    success_url: parseUrl(params.success_url, "success_url", true) as string,
    cancel_url: parseUrl(params.cancel_url, "cancel_url", false),
    url: `${payPageBase}/pay/${id}`,
    livemode: false,
  };
  return { session, lineItems, shippingRates: extras.shippingRates };
}

/**
 * The API view: line_items only when asked for with expand[]=line_items, as Stripe does. The
 * hosted page's URL uses the stand-in's current address (it may listen elsewhere after a restart).
 */
export function toApiSession(
  stored: StoredSession,
  expandLineItems: boolean,
  payPageBase?: string,
): Record<string, unknown> {
  const url = payPageBase ? `${payPageBase}/pay/${stored.session.id}` : stored.session.url;
  const session: Record<string, unknown> = { ...stored.session, url: stored.session.status === "open" ? url : null };
  if (expandLineItems) {
    session.line_items = {
      object: "list",
      has_more: false,
      data: stored.lineItems.map((line, index) => ({
        id: `li_${stored.session.id.slice(-12)}_${index}`,
        object: "item",
        description: line.name,
        currency: line.currency,
        quantity: line.quantity,
        amount_subtotal: line.amountTotal,
        amount_discount: line.amountDiscount ?? 0,
        amount_tax: line.amountTax,
        amount_total:
          line.amountTotal - (line.amountDiscount ?? 0) + (line.taxBehavior === "exclusive" ? line.amountTax : 0),
        price: { object: "price", currency: line.currency, unit_amount: line.unitAmount },
      })),
    };
  }
  return session;
}
