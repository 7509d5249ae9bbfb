import { HorizontalBarChart } from "@/components/admin/horizontal-bar-chart";
import { formatRate } from "@/lib/admin/reports/format-rate";
import type { ReturnRates, ReturnRateRow } from "@/lib/admin/reports/return-rates";
import { RETURN_REASON_LABELS } from "@/lib/returns/return-reasons";

const pairs = (count: number) => `${count} ${count === 1 ? "pair" : "pairs"}`;

/** Returns requested in the range against pairs sold in it: overall, by reason and by shoe. */
export function ReturnRatesReport({ returns }: { returns: ReturnRates }) {
  const { total } = returns;
  return (
    <div className="space-y-4">
      <p>
        <strong>Return rate: {formatRate(total.rate)}</strong> ({pairs(total.pairsReturned)} on returns requested, of{" "}
        {pairs(total.pairsSold)} sold in these days).
      </p>
      <p className="text-sm text-muted">
        Returns are counted on the day they were requested (declined ones left out), sales on the day they were paid, so
        a return may be for a pair sold before the range and a short range can show more than 100%.
      </p>
      {total.pairsReturned === 0 ? (
        <p>No returns were requested in these days.</p>
      ) : (
        <>
          <HorizontalBarChart
            title="Pairs returned by reason"
            points={returns.byReason.map((row) => ({
              label: RETURN_REASON_LABELS[row.reason],
              value: row.pairsReturned,
            }))}
            format={pairs}
          />
          <RateTable
            caption="Returns by reason"
            heading="Reason"
            rows={returns.byReason.map((row) => ({ key: row.reason, label: RETURN_REASON_LABELS[row.reason], ...row }))}
          />
          <RateTable
            caption="Returns by shoe"
            heading="Shoe"
            rows={returns.byProduct.map((row) => ({ key: row.productName, label: row.productName, ...row }))}
          />
        </>
      )}
    </div>
  );
}

function RateTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: (ReturnRateRow & { key: string; label: string })[];
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-1 pr-4">
              {heading}
            </th>
            <th scope="col" className="pr-4 text-right">
              Pairs returned
            </th>
            <th scope="col" className="pr-4 text-right">
              Pairs sold
            </th>
            <th scope="col" className="text-right">
              Return rate
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-brand-50">
              <th scope="row" className="py-1 pr-4 font-normal">
                {row.label}
              </th>
              <td className="pr-4 text-right">{row.pairsReturned}</td>
              <td className="pr-4 text-right">{row.pairsSold}</td>
              <td className="text-right">{formatRate(row.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
