import type Stripe from "stripe";
import type { HeldOrder } from "@/lib/checkout/place-hold";
import { readShippingOptions, shippingCountries } from "@/lib/orders/shipping-offer";
import { STOREFRONT } from "@/lib/routes/storefront";

/**
 * Stripe's minimum is 30 minutes after the session is created. The clock starts at the order's
 * creation (so a repeated create with the same idempotency key sends identical parameters), and
 * the extra minute covers the time between writing the order and Stripe receiving the request.
 */
export const SESSION_LIFETIME_S = 31 * 60;

export function sessionExpiresAt(order: Pick<HeldOrder, "createdAt">): number {
  return Math.floor(order.createdAt.getTime() / 1000) + SESSION_LIFETIME_S;
}

/**
 * Checkout Session parameters built only from the order's database snapshot: prices never come
 * from the client. `couponId` is the Stripe coupon made for this order's discount (decision 0020).
 */
export function checkoutSessionParams(
  order: HeldOrder,
  origin: string,
  couponId: string | null = null,
): Stripe.Checkout.SessionCreateParams {
  // With a tax mode, Stripe Tax works out the tax: added on top (exclusive) or the part of the
  // price that is tax (inclusive). Every price then says which, as Stripe requires.
  const taxBehavior = order.taxMode ?? undefined;
  const options = readShippingOptions(order.shippingOptions);
  return {
    mode: "payment",
    line_items: order.lines.map((line) => ({
      quantity: line.quantity,
      price_data: {
        currency: order.currency,
        unit_amount: line.unitPriceCents,
        ...(taxBehavior ? { tax_behavior: taxBehavior } : {}),
        product_data: {
          name: `${line.productName} (size ${line.sizeLabel}, width ${line.widthCode})`,
          metadata: { sku: line.sku },
        },
      },
    })),
    ...(taxBehavior ? { automatic_tax: { enabled: true } } : {}),
    // The order's discount as one amount-off coupon: Stripe shows it and takes it off the lines.
    ...(couponId ? { discounts: [{ coupon: couponId }] } : {}),
    // The address is collected only for the countries the offered rates ship to, and Stripe
    // shows the rates in this order, preselecting the first (the cheapest).
    ...(options.length > 0
      ? {
          shipping_address_collection: {
            allowed_countries: shippingCountries(
              options,
            ) as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry[],
          },
          shipping_options: options.map((option) => ({
            shipping_rate_data: {
              type: "fixed_amount" as const,
              display_name: option.name,
              fixed_amount: { amount: option.amountCents, currency: order.currency },
              delivery_estimate: {
                minimum: { unit: "business_day" as const, value: option.minDays },
                maximum: { unit: "business_day" as const, value: option.maxDays },
              },
              metadata: { rateId: option.rateId },
              ...(taxBehavior ? { tax_behavior: taxBehavior } : {}),
            },
          })),
        }
      : {}),
    phone_number_collection: { enabled: true },
    metadata: { orderId: order.id },
    client_reference_id: order.id,
    payment_intent_data: { metadata: { orderId: order.id } },
    expires_at: sessionExpiresAt(order),
    // Stripe fills in {CHECKOUT_SESSION_ID} itself, so it stays unencoded (not withQuery).
    success_url: `${origin}${STOREFRONT.checkoutSuccess}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${origin}${STOREFRONT.checkoutCancel}`,
  };
}
