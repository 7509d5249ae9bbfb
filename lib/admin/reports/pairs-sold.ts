import "server-only";
import { getDb } from "@/lib/db";
import { countedOrdersWhere } from "./counted-orders";
import { utcDayBounds } from "./utc-days";

/** Line revenue (unit price × pairs, before discounts, shipping and tax), per currency. */
export type RevenueByCurrency = Record<string, number>;

export type ShoeSold = { productName: string; pairs: number; revenue: RevenueByCurrency };
export type SizeSold = { sizeLabel: string; widthCode: string; pairs: number; revenue: RevenueByCurrency };

type Row = { currency: string; pairs: number; revenueCents: bigint };

/** Rows grouped by key and currency, merged per key: pairs added up, revenue kept per currency. */
function mergeCurrencies<R extends Row, T>(rows: R[], keyOf: (row: R) => string, start: (row: R) => T) {
  const merged = new Map<string, T & { pairs: number; revenue: RevenueByCurrency }>();
  for (const row of rows) {
    const key = keyOf(row);
    const entry = merged.get(key) ?? { ...start(row), pairs: 0, revenue: {} };
    entry.pairs += row.pairs;
    entry.revenue[row.currency] = (entry.revenue[row.currency] ?? 0) + Number(row.revenueCents);
    merged.set(key, entry);
  }
  return [...merged.values()];
}

/**
 * Pairs sold per shoe (the product name on the order line, as it was when sold) in the range's
 * counted orders (counted-orders.ts), every shoe that sold.
 */
export async function getPairsSoldByShoe(from: string, to: string): Promise<ShoeSold[]> {
  const { start, end } = utcDayBounds(from, to);
  const rows = await getDb().$queryRaw<(Row & { productName: string })[]>`
    SELECT l."productName", o."currency",
      SUM(l."quantity")::int AS "pairs", SUM(l."quantity"::bigint * l."unitPriceCents")::bigint AS "revenueCents"
    FROM "OrderLine" l JOIN "Order" o ON o."id" = l."orderId"
    WHERE ${countedOrdersWhere(start, end)}
    GROUP BY 1, 2`;
  return mergeCurrencies(
    rows,
    (row) => row.productName,
    (row) => ({ productName: row.productName }),
  );
}

/** Pairs sold per size and width (whatever the shoe) in the range's counted orders. */
export async function getPairsSoldBySize(from: string, to: string): Promise<SizeSold[]> {
  const { start, end } = utcDayBounds(from, to);
  const rows = await getDb().$queryRaw<(Row & { sizeLabel: string; widthCode: string })[]>`
    SELECT l."sizeLabel", l."widthCode", o."currency",
      SUM(l."quantity")::int AS "pairs", SUM(l."quantity"::bigint * l."unitPriceCents")::bigint AS "revenueCents"
    FROM "OrderLine" l JOIN "Order" o ON o."id" = l."orderId"
    WHERE ${countedOrdersWhere(start, end)}
    GROUP BY 1, 2, 3`;
  return mergeCurrencies(
    rows,
    // A NUL can't appear in either text, so the key can't be ambiguous.
    (row) => `${row.sizeLabel}\u0000${row.widthCode}`,
    (row) => ({ sizeLabel: row.sizeLabel, widthCode: row.widthCode }),
  );
}
