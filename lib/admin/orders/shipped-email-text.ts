/** Subject and plain-text body of the "your order has shipped" email. Facts only. */
export function shippedEmailText(
  order: { id: string; accessToken: string; trackingNumber: string },
  storeName: string,
  origin: string,
) {
  const link = `${origin}/orders/${encodeURIComponent(order.id)}?token=${encodeURIComponent(order.accessToken)}`;
  return {
    subject: `${storeName}: order ${order.id} has shipped`,
    text: [
      "Good news: your shoes are on their way.",
      "",
      `Tracking number: ${order.trackingNumber}`,
      "",
      `See your order at any time (keep this link private): ${link}`,
    ].join("\n"),
  };
}
