import "server-only";
import { getDb } from "@/lib/db";
import { utcDayBounds, utcDayOf } from "./utc-days";

/**
 * Fit quiz completions per UTC day, from the anonymous daily counters (FitDailyCount, kind
 * "completed"). The counters are all there is: no answers, no shopper, nothing that links a
 * completion to an order (docs/product-spec.md §6.3).
 */
export async function getQuizCompletionsByDay(from: string, to: string): Promise<Map<string, number>> {
  const { start, end } = utcDayBounds(from, to);
  const rows = await getDb().fitDailyCount.findMany({
    where: { kind: "completed", day: { gte: start, lt: end } },
    select: { day: true, count: true },
  });
  return new Map(rows.map((row) => [utcDayOf(row.day), row.count]));
}
