import { formatOrderNumber } from "@/lib/orders/order-number";
import { orderHref } from "@/lib/routes/storefront";

/** Subject and plain-text body of the "your order has shipped" email. Facts only. */
export function shippedEmailText(
  order: { id: string; accessToken: string; trackingNumber: string; orderNumber?: number },
  storeName: string,
  origin: string,
) {
  const link = `${origin}${orderHref(order)}`;
  return {
    subject: `${storeName}: order ${order.orderNumber === undefined ? order.id : formatOrderNumber(order.orderNumber)} has shipped`,
    text: [
      "Good news: your shoes are on their way.",
      "",
      `Tracking number: ${order.trackingNumber}`,
      "",
      `See your order at any time (keep this link private): ${link}`,
    ].join("\n"),
  };
}
