import { emailHtml } from "@/lib/email/email-html";
import { carrierName, trackingUrl } from "@/lib/orders/carriers";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { orderHref, orderReturnHref } from "@/lib/routes/storefront";

/** Subject, plain-text body and its HTML version of the "your order has shipped" email. Facts only. */
export function shippedEmailText(
  order: {
    id: string;
    accessToken: string;
    carrier: string | null;
    trackingNumber: string | null;
    orderNumber?: number;
  },
  storeName: string,
  origin: string,
  returnWindowDays?: number,
) {
  const link = `${origin}${orderHref(order)}`;
  const returns =
    returnWindowDays !== undefined && returnWindowDays > 0
      ? [
          "",
          `Not the right fit? You can return the pairs or exchange them for another size or width within ${returnWindowDays} days: ${origin}${orderReturnHref(order)}`,
        ]
      : [];
  const text = [
    "Good news: your shoes are on their way.",
    "",
    ...shipmentLines(order),
    "",
    `See your order at any time (keep this link private): ${link}`,
    ...returns,
  ].join("\n");
  return {
    subject: `${storeName}: order ${order.orderNumber === undefined ? order.id : formatOrderNumber(order.orderNumber)} has shipped`,
    text,
    html: emailHtml(text, { storeName, origin, orderLink: link, policyLinks: true }),
  };
}

/** How it travels, in the shopper's words: the carrier, the tracking number and its link. */
function shipmentLines(order: { carrier: string | null; trackingNumber: string | null }): string[] {
  if (order.carrier === "hand") return ["We are delivering it by hand."];
  if (order.carrier === "post") return ["It is coming by post, without a tracking number."];
  const carrier = carrierName(order.carrier);
  const lines = [carrier && order.carrier !== "other" ? `Carrier: ${carrier}` : null];
  if (order.trackingNumber) lines.push(`Tracking number: ${order.trackingNumber}`);
  const link = trackingUrl(order.carrier, order.trackingNumber);
  if (link) lines.push(`Track it: ${link}`);
  return lines.filter((line): line is string => line !== null);
}
