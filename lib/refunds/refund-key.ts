/** Stripe's idempotency key for one refund row: every call for it, first or retried, sends this. */
export function refundIdempotencyKey(refundId: string): string {
  return `refund:${refundId}`;
}
