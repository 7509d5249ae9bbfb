import "server-only";
import type { ReservedDiscount } from "@/lib/discounts/discount-redemption";
import { getStripe } from "@/lib/stripe/client";

/** Stripe's idempotency key for an order's coupon: a retried checkout reuses the same coupon. */
export function couponIdempotencyKey(orderId: string): string {
  return `coupon:${orderId}`;
}

/**
 * The Stripe coupon for one order's discount (decision 0020): amount_off is the amount the store
 * worked out and reserved, so Stripe takes off exactly that, and the code's rules (dates, minimum,
 * collections, usage) stay the store's. Single use (max_redemptions 1), named after the code so
 * the payment page and receipt show it. Returns the coupon's id.
 */
export async function createOrderCoupon(order: { id: string; currency: string }, discount: ReservedDiscount) {
  const coupon = await getStripe().coupons.create(
    {
      amount_off: discount.discountCents,
      currency: order.currency,
      duration: "once",
      max_redemptions: 1,
      name: discount.code.slice(0, 40),
      metadata: { orderId: order.id, code: discount.code },
    },
    { idempotencyKey: couponIdempotencyKey(order.id) },
  );
  return coupon.id;
}
