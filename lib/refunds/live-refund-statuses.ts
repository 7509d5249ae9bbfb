import type { RefundStatus } from "@/lib/generated/prisma/client";

/** A refund in these states has sent, or may still send, money back; failed and canceled ones didn't. */
export const LIVE_REFUND_STATUSES: readonly RefundStatus[] = ["pending", "requires_action", "succeeded"];

/**
 * Whether Stripe's report of a refund may replace what we hold. Events can arrive out of order, so
 * a late "pending" never undoes a final state; a succeeded refund can still fail later (Stripe
 * documents this for some banks), and failed or canceled is final.
 */
export function mayMoveRefund(from: RefundStatus, to: RefundStatus): boolean {
  if (from === to) return false;
  if (from === "failed" || from === "canceled") return false;
  if (from === "succeeded") return to === "failed";
  return true;
}
