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
