import "server-only";
import { getDb } from "@/lib/db";
import { countedOrdersWhere } from "./counted-orders";
import { listUtcDays, utcDayBounds } from "./utc-days";

export type SalesDay = { day: string; orders: number; grossCents: number; refundCents: number; netCents: number };

/** One currency's days, every day of the range present (zeros included) so a chart's axis is even. */
export type CurrencySales = { currency: string; days: SalesDay[] };

/**
 * Paid orders and their totals by the UTC day they were paid, and succeeded refunds by the day
 * they were made, per currency (orders are charged in one currency each, and amounts in
 * different currencies are never added together). A refund counts on its own day, whichever day
 * its order was paid. Currencies are sorted by code; a range with no sales or refunds has none.
 */
export async function getSalesByDay(from: string, to: string): Promise<CurrencySales[]> {
  const { start, end } = utcDayBounds(from, to);
  const db = getDb();
  const [sales, refunds] = await Promise.all([
    db.$queryRaw<{ day: string; currency: string; orders: number; grossCents: bigint }[]>`
      SELECT to_char(o."paidAt", 'YYYY-MM-DD') AS "day", o."currency",
        COUNT(*)::int AS "orders", SUM(o."totalCents")::bigint AS "grossCents"
      FROM "Order" o
      WHERE ${countedOrdersWhere(start, end)}
      GROUP BY 1, 2`,
    db.$queryRaw<{ day: string; currency: string; refundCents: bigint }[]>`
      SELECT to_char(r."createdAt", 'YYYY-MM-DD') AS "day", r."currency",
        SUM(r."amountCents")::bigint AS "refundCents"
      FROM "Refund" r
      WHERE r."status" = 'succeeded' AND r."createdAt" >= ${start} AND r."createdAt" < ${end}
      GROUP BY 1, 2`,
  ]);

  const days = listUtcDays(from, to);
  const byCurrency = new Map<string, Map<string, SalesDay>>();
  const dayOf = (currency: string, day: string) => {
    let series = byCurrency.get(currency);
    if (!series) {
      series = new Map(days.map((d) => [d, { day: d, orders: 0, grossCents: 0, refundCents: 0, netCents: 0 }]));
      byCurrency.set(currency, series);
    }
    return series.get(day);
  };
  for (const row of sales) {
    const point = dayOf(row.currency, row.day);
    if (point) Object.assign(point, { orders: row.orders, grossCents: Number(row.grossCents) });
  }
  for (const row of refunds) {
    const point = dayOf(row.currency, row.day);
    if (point) point.refundCents = Number(row.refundCents);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, series]) => ({
      currency,
      days: [...series.values()].map((point) => ({ ...point, netCents: point.grossCents - point.refundCents })),
    }));
}
