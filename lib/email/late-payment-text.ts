import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { orderHref } from "@/lib/routes/storefront";
import { emailHtml } from "./email-html";

type Order = { id: string; orderNumber: number; accessToken: string; currency: string; totalCents: number };

/**
 * The email to a shopper whose payment reached us after their checkout had already ended (it
 * timed out, or staff cancelled it): the pairs went back on sale, so nothing is promised except
 * that a person will sort it out. Facts only.
 */
export function latePaymentText(order: Order, storeName: string, origin: string) {
  const link = `${origin}${orderHref(order)}`;
  const text = [
    `We received your payment of ${formatMoney(order.totalCents, order.currency)}, but it reached us after your checkout had closed, and the shoes it held had gone back on sale.`,
    "",
    "Someone from our team will check whether your pairs are still available and write to you within one business day: we will either send them or refund the full amount. You don't need to do anything.",
    "",
    `Your order (keep this link private): ${link}`,
  ].join("\n");
  return {
    subject: `${storeName}: we received your payment for order ${formatOrderNumber(order.orderNumber)}`,
    text,
    html: emailHtml(text, { storeName, origin, orderLink: link, policyLinks: true }),
  };
}
