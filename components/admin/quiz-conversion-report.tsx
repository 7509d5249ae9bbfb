import { BarChart } from "@/components/admin/bar-chart";
import { dayTickEvery, dayTickLabel } from "@/components/admin/day-axis";
import type { QuizConversion } from "@/lib/admin/reports/quiz-conversion";

type Props = { quiz: QuizConversion; byDay: { day: string; completions: number }[] };

/**
 * Quiz completions beside paid orders. The wording matters: the store keeps no link between a
 * quiz and an order, so the ratio is two counts side by side, not a conversion rate.
 */
export function QuizConversionReport({ quiz, byDay }: Props) {
  const first = byDay[0]?.day ?? "";
  const last = byDay.at(-1)?.day ?? "";
  return (
    <div className="space-y-4">
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="rounded border border-brand-100 bg-white p-3">
          <dt className="text-sm text-muted">Fit quizzes completed</dt>
          <dd className="text-xl font-bold">{quiz.completions}</dd>
        </div>
        <div className="rounded border border-brand-100 bg-white p-3">
          <dt className="text-sm text-muted">Paid orders</dt>
          <dd className="text-xl font-bold">{quiz.paidOrders}</dd>
        </div>
        <div className="rounded border border-brand-100 bg-white p-3">
          <dt className="text-sm text-muted">Orders per 100 quiz completions</dt>
          <dd className="text-xl font-bold">
            {quiz.ordersPer100Completions === null ? "—" : quiz.ordersPer100Completions.toFixed(1)}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-muted">
        This is not attribution. The store doesn&apos;t link orders to quiz results, and the quiz keeps only an
        anonymous count per day, so these are two counts from the same days set side by side: some orders come from
        people who never took the quiz, and the figure can be above 100.
      </p>
      {quiz.completions === 0 ? (
        <p>No fit quizzes were completed in these days.</p>
      ) : (
        <BarChart
          title="Fit quizzes completed per day"
          points={byDay.map((day) => ({ label: day.day, value: day.completions }))}
          format={String}
          colour="#1d4ed8"
          tickEvery={dayTickEvery(byDay.length)}
          tickLabel={dayTickLabel(first, last)}
        />
      )}
    </div>
  );
}
