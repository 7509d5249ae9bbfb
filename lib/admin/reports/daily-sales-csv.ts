import "server-only";
import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { centsToDecimalString } from "@/lib/money";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { reportRangeSchema, type ReportRange } from "./report-range";
import { getSalesByDay } from "./sales-by-day";
import { daysInclusive, listUtcDays } from "./utc-days";

// A download has no page to show a "showing the default instead" sentence on, so unlike the
// page its query is strict: a bad range or currency throws a ZodError naming the field, which
// the route answers with a 400 (lib/http/api-error.ts).
const currencySchema = z.object({
  // Orders store the code in lower case (lib/env.ts STORE_CURRENCY); "USD" in a hand-typed link means the same.
  currency: z
    .string()
    .regex(/^[a-z]{3}$/i, "Give the currency as its three-letter code.")
    .transform((code) => code.toLowerCase()),
});

/** The range and currency the download link asks for; throws a ZodError for anything else. */
export function parseDailySalesCsvQuery(params: URLSearchParams): { range: ReportRange; currency: string } {
  const { from, to } = reportRangeSchema.parse({ from: params.get("from") ?? "", to: params.get("to") ?? "" });
  const { currency } = currencySchema.parse({ currency: params.get("currency") ?? "" });
  return { range: { from, to, days: daysInclusive(from, to), preset: null }, currency };
}

/**
 * The reports page's per-day sales table for one currency as CSV: amounts as decimals in that
 * currency (no symbol, so a spreadsheet adds them up), one row per UTC day, zeros included.
 */
export async function exportDailySalesCsv(_actor: StaffActor, range: ReportRange, currency: string): Promise<string> {
  const series = (await getSalesByDay(range.from, range.to)).find((entry) => entry.currency === currency);
  const days =
    series?.days ??
    listUtcDays(range.from, range.to).map((day) => ({ day, orders: 0, grossCents: 0, refundCents: 0, netCents: 0 }));
  const header = ["day_utc", "currency", "paid_orders", "gross_sales", "refunds", "net_sales"];
  const rows = days.map((day) => [
    day.day,
    currency.toUpperCase(),
    String(day.orders),
    centsToDecimalString(day.grossCents),
    centsToDecimalString(day.refundCents),
    centsToDecimalString(day.netCents),
  ]);
  // Every cell is a day, a currency code or a number this function wrote, never text someone
  // typed, so no quoting is needed, and formatCsv's formula guard is not used: it would turn a
  // negative net (a day with more refunded than sold) into the text "'-50.00".
  return [header, ...rows].map((row) => row.join(",")).join("\r\n") + "\r\n";
}
