import type { CurrencySales } from "./sales-by-day";

export type SalesSummary = {
  currency: string;
  orders: number;
  grossCents: number;
  refundCents: number;
  netCents: number;
  /** Gross sales ÷ paid orders, rounded to the nearest cent (half a cent up); null without orders. */
  averageOrderCents: number | null;
};

/** The range's totals for one currency, added up from the same daily rows the chart and table show. */
export function summariseSales({ currency, days }: CurrencySales): SalesSummary {
  const orders = days.reduce((sum, day) => sum + day.orders, 0);
  const grossCents = days.reduce((sum, day) => sum + day.grossCents, 0);
  const refundCents = days.reduce((sum, day) => sum + day.refundCents, 0);
  return {
    currency,
    orders,
    grossCents,
    refundCents,
    netCents: grossCents - refundCents,
    averageOrderCents: orders === 0 ? null : Math.round(grossCents / orders),
  };
}
