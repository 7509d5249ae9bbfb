import { formatMoney } from "@/lib/money";
import { countryName } from "./shipping-countries";
import { deliveryEstimateText } from "./delivery-estimate";
import { addedTaxCents, type TaxModeValue } from "./order-money";

// How an order's money and delivery read to people: on the success page, the order pages and
// the confirmation email. One place, so the three never disagree.

export type OrderForBreakdown = {
  currency: string;
  totalCents: number;
  lines: { unitPriceCents: number; quantity: number }[];
  shippingCents?: number;
  taxCents?: number;
  discountCents?: number;
  /** The code the discount came from, as ORDER_DELIVERY_FIELDS reads it. */
  discountRedemption?: { code: { code: string } } | null;
  taxMode?: TaxModeValue | null;
  shippingRateName?: string | null;
  shippingMinDays?: number | null;
  shippingMaxDays?: number | null;
};

export type BreakdownRow = { label: string; amount: string; cents: number };

/**
 * Subtotal, shipping, tax and discount rows, then the total. With prices that include tax the
 * tax is shown as the VAT the total includes, not as a row that adds up.
 */
export function orderBreakdown(order: OrderForBreakdown): { rows: BreakdownRow[]; total: BreakdownRow } {
  const money = (cents: number) => formatMoney(cents, order.currency);
  const linesCents = order.lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const rows: BreakdownRow[] = [{ label: "Subtotal", amount: money(linesCents), cents: linesCents }];
  if (order.shippingRateName) {
    const cents = order.shippingCents ?? 0;
    rows.push({ label: `Shipping (${order.shippingRateName})`, amount: cents === 0 ? "Free" : money(cents), cents });
  }
  const tax = { taxCents: order.taxCents ?? 0, taxMode: order.taxMode ?? null };
  if (tax.taxMode === "exclusive")
    rows.push({ label: "Tax", amount: money(addedTaxCents(tax)), cents: addedTaxCents(tax) });
  if ((order.discountCents ?? 0) > 0)
    rows.push({
      label: order.discountRedemption ? `Discount (${order.discountRedemption.code.code})` : "Discount",
      amount: `−${money(order.discountCents ?? 0)}`,
      cents: -(order.discountCents ?? 0),
    });
  const label = tax.taxMode === "inclusive" ? `Total (incl. VAT ${money(tax.taxCents)})` : "Total";
  return { rows, total: { label, amount: money(order.totalCents), cents: order.totalCents } };
}

export type ShippingAddress = {
  shipName?: string | null;
  shipLine1?: string | null;
  shipLine2?: string | null;
  shipCity?: string | null;
  shipState?: string | null;
  shipPostalCode?: string | null;
  shipCountry?: string | null;
};

/** The address as lines to print; empty when the order has none. */
export function addressLines(order: ShippingAddress): string[] {
  if (!order.shipLine1 && !order.shipCountry) return [];
  const cityLine = [order.shipCity, order.shipState, order.shipPostalCode].filter(Boolean).join(" ");
  return [
    order.shipName,
    order.shipLine1,
    order.shipLine2,
    cityLine,
    order.shipCountry ? countryName(order.shipCountry) : null,
  ].filter((line): line is string => Boolean(line && line.trim()));
}

/** "Standard, 3–5 business days"; null when the order has no shipping method. */
export function shippingMethodText(order: {
  shippingRateName?: string | null;
  shippingMinDays?: number | null;
  shippingMaxDays?: number | null;
}): string | null {
  if (!order.shippingRateName) return null;
  const estimate =
    order.shippingMinDays != null && order.shippingMaxDays != null
      ? `, ${deliveryEstimateText(order.shippingMinDays, order.shippingMaxDays)}`
      : "";
  return `${order.shippingRateName}${estimate}`;
}
