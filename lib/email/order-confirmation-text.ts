import { formatMoney } from "@/lib/money";
import {
  addressLines,
  orderBreakdown,
  shippingMethodText,
  type OrderForBreakdown,
  type ShippingAddress,
} from "@/lib/orders/order-breakdown";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { RETURNS_SENTENCE } from "@/lib/policies/returns-sentence";
import { orderHref, STOREFRONT } from "@/lib/routes/storefront";
import { emailHtml } from "./email-html";

type Order = Omit<OrderForBreakdown, "lines"> &
  ShippingAddress & {
    id: string;
    /** The short number people read (SS-1042); the id when an older caller doesn't give it. */
    orderNumber?: number;
    accessToken: string;
    lines: { productName: string; sizeLabel: string; widthCode: string; unitPriceCents: number; quantity: number }[];
  };

/** Subject, plain-text body and its HTML version of the order confirmation. Facts only: no claims about pain. */
export function orderConfirmationText(order: Order, storeName: string, origin: string) {
  const lines = order.lines.map(
    (line) =>
      `- ${line.productName}, size ${line.sizeLabel} ${line.widthCode} × ${line.quantity}: ${formatMoney(line.unitPriceCents * line.quantity, order.currency)}`,
  );
  const link = `${origin}${orderHref(order)}`;
  const name = order.orderNumber === undefined ? order.id : formatOrderNumber(order.orderNumber);
  const { rows, total } = orderBreakdown(order);
  const address = addressLines(order);
  const method = shippingMethodText(order);
  const text = [
    "Thank you for your order. Your payment went through and we're getting your shoes ready.",
    "",
    `Order ${name}`,
    "",
    ...lines,
    "",
    ...rows.map((row) => `${row.label}: ${row.amount}`),
    `${total.label.replace(/^Total/, "Total paid")}: ${total.amount}`,
    ...(method ? ["", `Shipping: ${method}`] : []),
    ...(address.length > 0 ? ["", "Shipping to:", ...address.map((line) => `  ${line}`)] : []),
    "",
    `${RETURNS_SENTENCE} How it works: ${origin}${STOREFRONT.returnsPolicy}`,
    "",
    `See your order at any time (keep this link private): ${link}`,
  ].join("\n");
  return {
    subject: `${storeName}: order ${name} is confirmed`,
    text,
    html: emailHtml(text, { storeName, origin, orderLink: link, policyLinks: true }),
  };
}
