import "server-only";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { getPairsSoldByShoe, getPairsSoldBySize } from "./pairs-sold";
import { getQuizCompletionsByDay } from "./quiz-completions";
import { quizConversion } from "./quiz-conversion";
import type { ReportRange } from "./report-range";
import { getReturnRates } from "./return-rates";
import { getSalesByDay } from "./sales-by-day";
import { summariseSales } from "./summarise-sales";
import { TOP_COUNT, topByPairs } from "./top-by-pairs";
import { listUtcDays } from "./utc-days";

/** Everything the reports page shows for one range of whole UTC days. Any staff member may read it. */
export async function getReport(_actor: StaffActor, range: ReportRange) {
  const { from, to } = range;
  const [sales, shoes, sizes, completionsByDay] = await Promise.all([
    getSalesByDay(from, to),
    getPairsSoldByShoe(from, to),
    getPairsSoldBySize(from, to),
    getQuizCompletionsByDay(from, to),
  ]);
  const returns = await getReturnRates(from, to, shoes);

  const currencies = sales.map((series) => ({ sales: series, summary: summariseSales(series) }));
  const paidOrders = currencies.reduce((sum, { summary }) => sum + summary.orders, 0);
  const completions = [...completionsByDay.values()].reduce((sum, count) => sum + count, 0);
  return {
    range,
    /** One entry per currency sold or refunded in, by code; none for an empty range. */
    currencies,
    paidOrders,
    topShoes: topByPairs(shoes, (shoe) => shoe.productName, TOP_COUNT),
    topSizes: topByPairs(sizes, (size) => `${size.sizeLabel} ${size.widthCode}`, TOP_COUNT),
    quiz: quizConversion(completions, paidOrders),
    quizByDay: listUtcDays(from, to).map((day) => ({ day, completions: completionsByDay.get(day) ?? 0 })),
    returns,
  };
}

export type Report = Awaited<ReturnType<typeof getReport>>;
