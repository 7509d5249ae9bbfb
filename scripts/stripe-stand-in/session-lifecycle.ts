import type { StandInContext } from "./context";
import { emit, nowS } from "./events";
import { recordPaymentIntent, settlePaymentIntent } from "./payment-intents";
import { StripeRequestError, type StoredSession } from "./session";
import { taxOn } from "./shipping-and-tax";
import { checkShopperDetails, sampleShopper, type ShopperInput } from "./shopper-details";

// What happens to a session after it is created: expiry, the shopper paying on the hosted page,
// and a delayed payment settling. Each change is saved and sent to the app as an event. Shared by
// the API routes, the hosted page and the test controls.

export function requireSession(ctx: StandInContext, id: string): StoredSession {
  const stored = ctx.store.sessions.get(id);
  if (!stored)
    throw new StripeRequestError(404, {
      error: {
        type: "invalid_request_error",
        code: "resource_missing",
        message: `No such checkout.session: '${id}'`,
        param: "session",
      },
    });
  return stored;
}

export function expireSession(ctx: StandInContext, id: string): StoredSession {
  const stored = requireSession(ctx, id);
  if (stored.session.status !== "open") {
    throw new StripeRequestError(400, {
      error: {
        type: "invalid_request_error",
        message: 'Only Checkout Sessions with a status in ["open"] can be expired.',
      },
    });
  }
  stored.session.status = "expired";
  ctx.store.save();
  emit(ctx, "checkout.session.expired", stored);
  return stored;
}

/** What the shopper gives on the hosted page: email, and where the session asks for them, address, phone and rate. */
export type Completion = {
  email: string;
  paymentStatus: "paid" | "unpaid";
  /** Address and phone; missing fields are filled from a sample address in the first allowed country. */
  shopper?: ShopperInput;
  /** The chosen ShippingRate id (shr_...); the first option, as Stripe preselects it, when left out. */
  shippingRate?: string | null;
};

/**
 * What the Pay button does: the session completes, paid now or (pay later) unpaid until it
 * settles. The shopper's details are checked as the hosted page checks them (a bad address is a
 * 400, as Stripe's page wouldn't let it through), then Stripe's sums are done: the chosen
 * rate's amount, tax at the stand-in's test rate on every line and on shipping when automatic
 * tax is on (on each line less its share of any discount), and amount_total = subtotal − discount
 * + shipping + the tax added on top.
 */
export function completeSession(ctx: StandInContext, id: string, completion: Completion): StoredSession {
  const stored = requireSession(ctx, id);
  const { session } = stored;
  if (session.status !== "open")
    throw new StripeRequestError(400, {
      error: { type: "invalid_request_error", message: "This Checkout Session is not open." },
    });
  const rates = stored.shippingRates ?? [];
  const rate = completion.shippingRate ? rates.find((candidate) => candidate.id === completion.shippingRate) : rates[0];
  if (completion.shippingRate && !rate)
    throw new StripeRequestError(400, {
      error: {
        type: "invalid_request_error",
        message: "Choose one of this session's shipping options.",
        param: "shipping_rate",
      },
    });
  const allowed = session.shipping_address_collection?.allowed_countries ?? null;
  let shipping: {
    name: string;
    address: NonNullable<StoredSession["session"]["customer_details"]>["address"];
    phone: string | null;
  } | null = null;
  if (allowed || session.phone_number_collection.enabled) {
    const country = completion.shopper?.country ?? allowed?.[0] ?? "US";
    const checked = checkShopperDetails(
      { ...sampleShopper(country), ...completion.shopper },
      { allowedCountries: allowed ?? [country], phoneRequired: false },
    );
    if (!checked.ok)
      throw new StripeRequestError(400, {
        error: {
          type: "invalid_request_error",
          message: Object.values(checked.errors).join(" "),
          param: Object.keys(checked.errors)[0],
        },
      });
    shipping = checked.details;
  }

  const taxed = session.automatic_tax.enabled;
  // Stripe Tax taxes what is left of each line after its share of the discount.
  for (const line of stored.lineItems)
    line.amountTax = taxed ? taxOn(line.amountTotal - (line.amountDiscount ?? 0), line.taxBehavior, ctx.taxRateBps) : 0;
  const discount = stored.lineItems.reduce((sum, line) => sum + (line.amountDiscount ?? 0), 0);
  const shippingAmount = rate?.amount ?? 0;
  const shippingTax = rate && taxed ? taxOn(rate.amount, rate.taxBehavior, ctx.taxRateBps) : 0;
  const addedTax =
    stored.lineItems.reduce((sum, line) => sum + (line.taxBehavior === "exclusive" ? line.amountTax : 0), 0) +
    (rate?.taxBehavior === "exclusive" ? shippingTax : 0);
  const totalTax = stored.lineItems.reduce((sum, line) => sum + line.amountTax, 0) + shippingTax;

  session.status = "complete";
  session.payment_status = completion.paymentStatus;
  session.shipping_cost = rate
    ? {
        amount_subtotal: rate.amount,
        amount_tax: shippingTax,
        amount_total: rate.amount + (rate.taxBehavior === "exclusive" ? shippingTax : 0),
        shipping_rate: rate.id,
      }
    : null;
  session.total_details = { amount_discount: discount, amount_shipping: shippingAmount, amount_tax: totalTax };
  session.amount_total =
    stored.misreportedAmountTotal ?? session.amount_subtotal - discount + shippingAmount + addedTax;
  // The coupon counts a redemption when the session completes.
  for (const applied of session.discounts ?? []) {
    const coupon = ctx.store.coupons.get(applied.coupon);
    if (coupon) coupon.times_redeemed += 1;
  }
  if (taxed) session.automatic_tax.status = "complete";
  session.customer_details = {
    email: completion.email,
    name: shipping?.name ?? null,
    phone: shipping?.phone ?? null,
    address: allowed ? (shipping?.address ?? null) : null,
    tax_exempt: "none",
    tax_ids: [],
  };
  session.collected_information = {
    business_name: null,
    individual_name: null,
    shipping_details: allowed && shipping?.address ? { name: shipping.name, address: shipping.address } : null,
  };
  session.payment_intent = recordPaymentIntent(ctx, stored).id;
  ctx.store.save();
  emit(ctx, "checkout.session.completed", stored);
  return stored;
}

export function settleAsyncPayment(ctx: StandInContext, id: string, succeeded: boolean): StoredSession {
  const stored = requireSession(ctx, id);
  if (stored.session.status !== "complete" || stored.session.payment_status !== "unpaid") {
    throw new StripeRequestError(400, {
      error: { type: "invalid_request_error", message: "No delayed payment is waiting on this session." },
    });
  }
  if (succeeded) stored.session.payment_status = "paid";
  settlePaymentIntent(ctx, stored, succeeded);
  ctx.store.save();
  emit(ctx, succeeded ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed", stored);
  return stored;
}

export function expireDueSessions(ctx: StandInContext): number {
  let count = 0;
  for (const stored of ctx.store.sessions.values()) {
    if (stored.session.status === "open" && stored.session.expires_at <= nowS()) {
      expireSession(ctx, stored.session.id);
      count++;
    }
  }
  return count;
}
