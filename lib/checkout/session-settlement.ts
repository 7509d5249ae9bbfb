import type { TaxMode } from "@/lib/generated/prisma/client";
import { orderTotalFromParts } from "@/lib/orders/order-money";
import { readShippingOptions } from "@/lib/orders/shipping-offer";
import type { CheckoutSessionSnapshot } from "@/lib/checkout/stripe-webhook/parse-stripe-event";

// What a completed Checkout Session means for its order (decision 0019): the rate the shopper
// chose (found through the session's own list of options, which Stripe keeps in the order the
// store sent them), the address, Stripe's tax, and the total the store computes from its own
// copy of the lines and the offer. Stripe's amount_total must equal that total to the cent.

export type SettlementOrder = {
  linesCents: number;
  currency: string;
  taxMode: TaxMode | null;
  shippingOptions: unknown;
  /** The discount reserved for this order (decision 0020): Stripe must report exactly this. */
  discountCents?: number;
  discountCode?: string | null;
  /** The order's once-per-email code was already redeemed by the session's email on another order. */
  discountEmailUsed?: boolean;
};

/** The columns a paid (or awaiting payment) order gets from its session. */
export type SessionDetails = {
  shippingCents: number;
  taxCents: number;
  discountCents: number;
  totalCents: number;
  shippingRateId: string | null;
  shippingRateName: string | null;
  shippingMinDays: number | null;
  shippingMaxDays: number | null;
  shipName: string | null;
  shipLine1: string | null;
  shipLine2: string | null;
  shipCity: string | null;
  shipState: string | null;
  shipPostalCode: string | null;
  shipCountry: string | null;
  phone: string | null;
};

export type Settlement =
  | { ok: true; details: SessionDetails }
  | { ok: false; problem: string; expectedTotalCents: number | null; chargedTotalCents: number | null };

const idOf = (value: string | { id: string } | null | undefined) =>
  value === null || value === undefined ? null : typeof value === "string" ? value : value.id;

export function settleSession(session: CheckoutSessionSnapshot, order: SettlementOrder): Settlement {
  const charged = session.amount_total;
  const refuse = (problem: string, expected: number | null = null): Settlement => ({
    ok: false,
    problem,
    expectedTotalCents: expected,
    chargedTotalCents: charged,
  });
  if (session.currency !== order.currency)
    return refuse(`the session is in ${session.currency} but the order in ${order.currency}`);

  const options = readShippingOptions(order.shippingOptions);
  let option: (typeof options)[number] | null = null;
  if (options.length > 0) {
    // No shipping_cost on a completed session means the preselected (first) option.
    const chosen = idOf(session.shipping_cost?.shipping_rate);
    const index =
      chosen === null ? 0 : (session.shipping_options ?? []).findIndex((o) => idOf(o.shipping_rate) === chosen);
    option = options[index] ?? null;
    if (!option) return refuse(`the chosen shipping rate ${chosen} is not one this order offered`);
    if (session.shipping_cost && session.shipping_cost.amount_subtotal !== option.amountCents)
      return refuse(
        `shipping was charged at ${session.shipping_cost.amount_subtotal} but "${option.name}" was offered at ${option.amountCents}`,
      );
  } else if ((session.shipping_cost?.amount_subtotal ?? 0) !== 0) {
    return refuse("the session charged shipping but this order offered none");
  }

  const address = session.collected_information?.shipping_details?.address ?? null;
  const country = address?.country ?? null;
  if (option && country && !option.countries.includes(country))
    return refuse(`"${option.name}" doesn't ship to ${country}`);

  const taxCents = session.total_details?.amount_tax ?? 0;
  if (order.taxMode === null && taxCents !== 0)
    return refuse(`Stripe added tax (${taxCents}) to an order without a tax mode`);
  const shippingCents = option?.amountCents ?? 0;
  // The discount is the one the store reserved (the coupon's amount_off); any other amount disagrees.
  const discountCents = order.discountCents ?? 0;
  const reportedDiscount = session.total_details?.amount_discount ?? 0;
  if (reportedDiscount !== discountCents)
    return refuse(`Stripe took off ${reportedDiscount} but the store's discount is ${discountCents}`);
  if (order.discountEmailUsed)
    return refuse(
      `${session.customer_details?.email ?? "this email"} already used the once-per-email code ${order.discountCode}`,
    );
  const expected = orderTotalFromParts({
    linesCents: order.linesCents,
    shippingCents,
    taxCents,
    taxMode: order.taxMode,
    discountCents,
  });
  if (charged !== expected)
    return refuse(`Stripe's amount_total is ${charged} but the store computed ${expected}`, expected);

  const shipping = session.collected_information?.shipping_details ?? null;
  return {
    ok: true,
    details: {
      shippingCents,
      taxCents,
      discountCents,
      totalCents: expected,
      shippingRateId: option?.rateId ?? null,
      shippingRateName: option?.name ?? null,
      shippingMinDays: option?.minDays ?? null,
      shippingMaxDays: option?.maxDays ?? null,
      shipName: shipping?.name ?? session.customer_details?.name ?? null,
      shipLine1: address?.line1 ?? null,
      shipLine2: address?.line2 ?? null,
      shipCity: address?.city ?? null,
      shipState: address?.state ?? null,
      shipPostalCode: address?.postal_code ?? null,
      shipCountry: country,
      phone: session.customer_details?.phone ?? null,
    },
  };
}
