import { formatMoney } from "@/lib/money";

/** Revenue kept per currency, written out currency by currency ("$120.00 + £80.00"), never added across currencies. */
export function formatRevenue(revenue: Record<string, number>): string {
  const entries = Object.entries(revenue).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "—" : entries.map(([currency, cents]) => formatMoney(cents, currency)).join(" + ");
}
