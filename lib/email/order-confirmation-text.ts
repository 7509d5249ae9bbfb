import { formatMoney } from "@/lib/money";

type Order = {
  id: string;
  accessToken: string;
  currency: string;
  totalCents: number;
  lines: { productName: string; sizeLabel: string; widthCode: string; unitPriceCents: number; quantity: number }[];
};

/** Subject and plain-text body of the order confirmation. Facts only: no claims about pain. */
export function orderConfirmationText(order: Order, storeName: string, origin: string) {
  const lines = order.lines.map(
    (line) =>
      `- ${line.productName}, size ${line.sizeLabel} ${line.widthCode} × ${line.quantity}: ${formatMoney(line.unitPriceCents * line.quantity, order.currency)}`,
  );
  const link = `${origin}/orders/${encodeURIComponent(order.id)}?token=${encodeURIComponent(order.accessToken)}`;
  return {
    subject: `${storeName}: order ${order.id} is confirmed`,
    text: [
      "Thank you for your order. Your payment went through and we're getting your shoes ready.",
      "",
      ...lines,
      "",
      `Total paid: ${formatMoney(order.totalCents, order.currency)}`,
      "",
      `See your order at any time (keep this link private): ${link}`,
    ].join("\n"),
  };
}
