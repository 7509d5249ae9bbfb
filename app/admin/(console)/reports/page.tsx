import { QuizConversionReport } from "@/components/admin/quiz-conversion-report";
import { ReportRangeForm } from "@/components/admin/report-range-form";
import { ReturnRatesReport } from "@/components/admin/return-rates-report";
import { SalesReport } from "@/components/admin/sales-report";
import { TopSellersTable } from "@/components/admin/top-sellers-table";
import { getReport } from "@/lib/admin/reports/get-report";
import { parseReportRange } from "@/lib/admin/reports/report-range";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Reports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const { range, problem } = parseReportRange(await searchParams);
  const report = await getReport(actor, range);
  const dayCount = `${range.days} ${range.days === 1 ? "day" : "days"}`;
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Reports</h1>
        <p>
          {range.from} to {range.to} ({dayCount}, UTC: each day runs from 00:00 to 24:00 UTC).
        </p>
      </div>
      <ReportRangeForm range={range} problem={problem} />

      <section aria-labelledby="sales-heading" className="space-y-4">
        <h2 id="sales-heading" className="text-xl font-semibold">
          Sales
        </h2>
        <p className="text-sm text-muted">
          Paid and shipped orders, by the day they were paid; exchanges sent at no charge are left out. Refunds are
          those Stripe completed, by the day they were made. Net sales are gross sales less refunds. The average order
          value is gross sales divided by paid orders, rounded to the nearest cent.
        </p>
        {report.currencies.length === 0 ? (
          <p>No paid orders or refunds in these days.</p>
        ) : (
          report.currencies.map(({ sales, summary }) => (
            <SalesReport
              key={sales.currency}
              sales={sales}
              summary={summary}
              showCurrency={report.currencies.length > 1}
            />
          ))
        )}
      </section>

      <section aria-labelledby="top-heading" className="space-y-4">
        <h2 id="top-heading" className="text-xl font-semibold">
          Top shoes and sizes
        </h2>
        <p className="text-sm text-muted">
          By pairs sold in the paid orders above. Revenue is the shoes&apos; price times pairs, before discounts,
          shipping and tax.
        </p>
        <div className="grid gap-6 lg:grid-cols-2">
          <TopSellersTable
            caption="Top 10 shoes"
            headings={["Shoe"]}
            rows={report.topShoes.map((shoe) => ({
              key: shoe.productName,
              cells: [shoe.productName],
              pairs: shoe.pairs,
              revenue: shoe.revenue,
            }))}
          />
          <TopSellersTable
            caption="Top 10 sizes"
            headings={["Size", "Width"]}
            rows={report.topSizes.map((size) => ({
              key: `${size.sizeLabel} ${size.widthCode}`,
              cells: [size.sizeLabel, size.widthCode],
              pairs: size.pairs,
              revenue: size.revenue,
            }))}
          />
        </div>
      </section>

      <section aria-labelledby="quiz-heading" className="space-y-4">
        <h2 id="quiz-heading" className="text-xl font-semibold">
          Fit quiz completions and orders
        </h2>
        <QuizConversionReport quiz={report.quiz} byDay={report.quizByDay} />
      </section>

      <section aria-labelledby="returns-heading" className="space-y-4">
        <h2 id="returns-heading" className="text-xl font-semibold">
          Returns
        </h2>
        <ReturnRatesReport returns={report.returns} />
      </section>
    </div>
  );
}
