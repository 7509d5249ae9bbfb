import { BarChart } from "@/components/admin/bar-chart";
import { dayTickEvery, dayTickLabel } from "@/components/admin/day-axis";
import type { CurrencySales } from "@/lib/admin/reports/sales-by-day";
import type { SalesSummary } from "@/lib/admin/reports/summarise-sales";
import { formatMoney } from "@/lib/money";
import { adminDailySalesCsvHref } from "@/lib/routes/admin";

type Props = { sales: CurrencySales; summary: SalesSummary; showCurrency: boolean };

/**
 * One currency's sales: the totals, a chart of gross sales per day and the per-day table (the
 * chart's exact values, and the CSV download's rows).
 */
export function SalesReport({ sales, summary, showCurrency }: Props) {
  const money = (cents: number) => formatMoney(cents, sales.currency);
  const code = sales.currency.toUpperCase();
  const first = sales.days[0]?.day ?? "";
  const last = sales.days.at(-1)?.day ?? "";
  const tableCaption = showCurrency ? `Sales per day in ${code}` : "Sales per day";
  return (
    <div className="space-y-4">
      {showCurrency ? <h3 className="text-lg font-semibold">In {code}</h3> : null}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat label="Paid orders" value={String(summary.orders)} />
        <Stat label="Gross sales" value={money(summary.grossCents)} />
        <Stat label="Refunds" value={money(summary.refundCents)} />
        <Stat label="Net sales" value={money(summary.netCents)} />
        <Stat
          label="Average order value"
          value={summary.averageOrderCents === null ? "—" : money(summary.averageOrderCents)}
        />
      </dl>
      {summary.orders === 0 ? (
        <p>No paid orders in these days{summary.refundCents > 0 ? ", only refunds of earlier orders" : ""}.</p>
      ) : (
        <BarChart
          title={showCurrency ? `Gross sales per day (${code})` : "Gross sales per day"}
          points={sales.days.map((day) => ({ label: day.day, value: day.grossCents }))}
          format={money}
          tickEvery={dayTickEvery(sales.days.length)}
          tickLabel={dayTickLabel(first, last)}
          valuesInTable={tableCaption}
        />
      )}
      <details>
        <summary className="cursor-pointer text-brand-800">{tableCaption} (table)</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{tableCaption}</caption>
            <thead>
              <tr className="border-b border-brand-100">
                <th scope="col" className="py-1 pr-4">
                  Day (UTC)
                </th>
                <th scope="col" className="pr-4 text-right">
                  Paid orders
                </th>
                <th scope="col" className="pr-4 text-right">
                  Gross sales
                </th>
                <th scope="col" className="pr-4 text-right">
                  Refunds
                </th>
                <th scope="col" className="text-right">
                  Net sales
                </th>
              </tr>
            </thead>
            <tbody>
              {sales.days.map((day) => (
                <tr key={day.day} className="border-b border-brand-50">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {day.day}
                  </th>
                  <td className="pr-4 text-right">{day.orders}</td>
                  <td className="pr-4 text-right">{money(day.grossCents)}</td>
                  <td className="pr-4 text-right">{money(day.refundCents)}</td>
                  <td className="text-right">{money(day.netCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {/* A file download from a route handler, not a page: a plain link is right here. */}
      <a
        href={adminDailySalesCsvHref({ from: first, to: last, currency: sales.currency })}
        className="inline-block text-brand-800 underline"
      >
        Download {tableCaption.toLowerCase()} as CSV
      </a>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded border border-brand-100 bg-white p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-xl font-bold">{value}</dd>
    </div>
  );
}
