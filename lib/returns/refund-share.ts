// How much of an order's payment a return's pairs are worth (decision 0022). The shoes' share of
// what was paid (the total less shipping, so discounts and tax are shared out in proportion to
// list price) is split cumulatively: each refund is the share of everything refunded so far, with
// these pairs, less the share of everything refunded before them. Rounding never adds up past the
// payment, and the last pair of an order takes whatever cents rounding left behind.

export type RefundOrder = {
  totalCents: number;
  shippingCents: number;
  /** The list value of every pair on the order (unit price × quantity, summed). */
  linesCents: number;
};

/**
 * The refund for pairs worth `pairsCents` (list price), when pairs worth `alreadyCents` were
 * refunded before. Shipping comes back with the pairs that complete the order, if the store's
 * policy says so.
 */
export function refundForPairs(
  order: RefundOrder,
  alreadyCents: number,
  pairsCents: number,
  { refundShipping }: { refundShipping: boolean },
): number {
  const goodsPaid = Math.max(0, order.totalCents - order.shippingCents);
  const shareOf = (listCents: number) => {
    if (order.linesCents <= 0) return 0;
    const capped = Math.min(listCents, order.linesCents);
    // BigInt: cents × cents can pass 2^53 for a large order.
    const share = Number((BigInt(goodsPaid) * BigInt(capped)) / BigInt(order.linesCents));
    const shipping = refundShipping && capped >= order.linesCents ? Math.min(order.shippingCents, order.totalCents) : 0;
    return share + shipping;
  };
  return Math.max(0, shareOf(alreadyCents + pairsCents) - shareOf(alreadyCents));
}
