import type Stripe from "stripe";
import type { HeldOrder } from "@/lib/checkout/place-hold";

/**
 * Stripe's minimum is 30 minutes after the session is created. The clock starts at the order's
 * creation (so a repeated create with the same idempotency key sends identical parameters), and
 * the extra minute covers the time between writing the order and Stripe receiving the request.
 */
export const SESSION_LIFETIME_S = 31 * 60;

export function sessionExpiresAt(order: Pick<HeldOrder, "createdAt">): number {
  return Math.floor(order.createdAt.getTime() / 1000) + SESSION_LIFETIME_S;
}

/** Checkout Session parameters built only from the order's database snapshot: prices never come from the client. */
export function checkoutSessionParams(order: HeldOrder, origin: string): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    line_items: order.lines.map((line) => ({
      quantity: line.quantity,
      price_data: {
        currency: order.currency,
        unit_amount: line.unitPriceCents,
        product_data: {
          name: `${line.productName} (size ${line.sizeLabel}, width ${line.widthCode})`,
          metadata: { sku: line.sku },
        },
      },
    })),
    metadata: { orderId: order.id },
    client_reference_id: order.id,
    payment_intent_data: { metadata: { orderId: order.id } },
    expires_at: sessionExpiresAt(order),
    success_url: `${origin}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${origin}/checkout/cancel`,
  };
}
