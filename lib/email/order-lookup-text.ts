import { formatOrderNumber } from "@/lib/orders/order-number";
import { orderHref, STOREFRONT } from "@/lib/routes/storefront";
import { emailHtml } from "./email-html";

type Order = { id: string; orderNumber: number; accessToken: string };

/**
 * The email /orders/find sends: the order's private link, to the order's own address only. It
 * says nothing the link doesn't, so a request by someone else tells the owner no more than that.
 */
export function orderLookupText(order: Order, storeName: string, origin: string) {
  const link = `${origin}${orderHref(order)}`;
  const number = formatOrderNumber(order.orderNumber);
  const text = [
    `Someone asked for the link to order ${number} on ${storeName}, with this email address.`,
    "",
    `See your order (keep this link private): ${link}`,
    "",
    `If it wasn't you, you can ignore this email: the link is only ever sent to this address. Questions? ${origin}${STOREFRONT.contactPolicy}`,
  ].join("\n");
  return {
    subject: `${storeName}: the link to your order ${number}`,
    text,
    html: emailHtml(text, { storeName, origin, orderLink: link, policyLinks: true }),
  };
}
