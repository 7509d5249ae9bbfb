/**
 * What staff do about an order whose Stripe charge disagreed with the store's own total (lines +
 * shipping + tax − discount): it was not marked paid and its pairs stay held (decision 0019).
 */
export const TOTAL_MISMATCH_NEXT_STEP =
  "Stripe charged a different amount from the store's total, so this order was not fulfilled. Compare the amounts in Stripe, then refund the payment or settle the difference with the shopper before shipping by hand.";
