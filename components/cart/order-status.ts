import type { OrderStatus } from "@/lib/generated/prisma/enums";

/** What each order state means to a shopper. */
export const ORDER_STATUS_TEXT: Record<OrderStatus, string> = {
  PENDING: "Waiting for payment",
  AWAITING_PAYMENT: "Payment processing",
  PAID: "Paid: we're getting it ready",
  SHIPPED: "Shipped",
  CANCELLED: "Cancelled",
  EXPIRED: "Checkout expired (not charged)",
  FAILED: "Payment failed (not charged)",
};

/** For an order Stripe charged after its checkout had closed and its pairs went back on sale. */
export const LATE_PAYMENT_SHOPPER_TEXT =
  "Your payment reached us after this checkout had closed, and the pairs it held went back on sale. Someone from our team will check they are still available and write to you within one business day: we will either send them or refund the full amount. You don't need to do anything.";

/** The status line a shopper sees; a late payment overrides the "not charged" wording. */
export function shopperOrderStatus(order: { status: OrderStatus; paidAfterReleaseAt: Date | null }): string {
  return order.paidAfterReleaseAt
    ? "Payment received after checkout closed: we'll be in touch"
    : ORDER_STATUS_TEXT[order.status];
}
