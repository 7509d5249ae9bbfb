/**
 * What staff do about an order Stripe charged after its stock went back on sale (a cancel or an
 * expiry that crossed the payment). The shopper has been emailed that someone will be in touch.
 */
export const LATE_PAYMENT_NEXT_STEP =
  "Paid after its stock was released. Check the pairs are still in stock and fulfil it by hand, or refund it in Stripe, then email the shopper within one business day.";
