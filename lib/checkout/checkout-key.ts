import crypto from "node:crypto";

/**
 * The checkout attempt key (Order.checkoutKey, unique). Derived from the cart id, the cart's
 * version (Cart.updatedAt, moved forward by every edit) and its lines, so:
 * - a double click, or a second tab, checking out the same cart gets the same key, hence the same
 *   order and (through the idempotency key checkout:<orderId>) the same Stripe session;
 * - any edit gives a new key, hence a new order: Stripe rejects an idempotency key reused with
 *   different parameters, so a changed cart must never reuse an order.
 * Chosen over a client-sent nonce because it needs no client state and no extra input to validate.
 */
export function checkoutKey(
  cartId: string,
  cartVersion: Date,
  lines: { sku: string; quantity: number; unitPriceCents: number }[],
  /** The country the shopper chose before paying, when they did: another country is another offer. */
  shipTo: string | null = null,
): string {
  const contents = [...lines]
    .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0))
    .map((line) => `${line.sku}*${line.quantity}@${line.unitPriceCents}`)
    .join(",");
  const digest = crypto
    .createHash("sha256")
    .update(`${cartId}|${cartVersion.toISOString()}|${contents}${shipTo ? `|${shipTo}` : ""}`)
    .digest("base64url");
  return `cart:${digest}`;
}

export function stripeIdempotencyKey(orderId: string): string {
  return `checkout:${orderId}`;
}
