import type { ReturnStatus } from "@/lib/generated/prisma/client";

// How a return's state reads, to the shopper and to staff.

export const RETURN_STATUS_LABELS: Record<ReturnStatus, string> = {
  REQUESTED: "Requested",
  APPROVED: "Approved",
  DECLINED: "Declined",
  RECEIVED: "Received",
  REFUNDED: "Refunded",
  EXCHANGE_SHIPPED: "Exchange shipped",
};

/** What happens next, in the shopper's words. */
export const RETURN_STATUS_NEXT_STEP: Record<ReturnStatus, string> = {
  REQUESTED:
    "We'll check your request, usually within one business day. You can send the pairs now with the return slip.",
  APPROVED: "Send the pairs with the return slip. We'll email you when they arrive.",
  DECLINED: "We can't accept this return. The reason is below; reply to any of our emails if you have questions.",
  RECEIVED: "Your pairs have arrived. We're sending your refund or your new pair next.",
  REFUNDED: "Your refund has been sent. It can take 5 to 10 business days to show on your statement.",
  EXCHANGE_SHIPPED: "Your new pair is on its way.",
};

export function formatReturnNumber(returnNumber: number): string {
  return `R-${returnNumber}`;
}
