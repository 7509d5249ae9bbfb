import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { countLowStock } from "../catalog/list-low-stock";
import { countReturnWork } from "../returns/count-return-work";

export const DASHBOARD_DAYS = 30;

export type DayPoint = { day: string; salesCents: number; orders: number; quizCompleted: number; safetyStops: number };

/**
 * The last 30 UTC days, oldest first, every day present (zeros included) so the chart's x-axis
 * is even: paid sales and orders, quiz completions and safety stops (from the anonymous daily
 * counters), plus what needs attention now.
 */
export async function getDashboard(actor: StaffActor, now = new Date()) {
  const db = getDb();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = new Date(today - (DASHBOARD_DAYS - 1) * 86_400_000);
  const [sales, counts, toShip, unpaid, stock, returns] = await Promise.all([
    db.$queryRaw<{ day: Date; cents: bigint; orders: bigint }[]>`
      SELECT date_trunc('day', "paidAt") AS "day", SUM("totalCents")::bigint AS "cents", COUNT(*)::bigint AS "orders"
      FROM "Order" WHERE "paidAt" >= ${start} AND "status" IN ('PAID', 'SHIPPED')
      GROUP BY 1`,
    db.fitDailyCount.findMany({ where: { day: { gte: start } } }),
    db.order.count({ where: { status: "PAID" } }),
    db.order.count({ where: { status: { in: ["PENDING", "AWAITING_PAYMENT"] } } }),
    countLowStock(actor),
    countReturnWork(actor),
  ]);

  const days = new Map<string, DayPoint>();
  for (let i = 0; i < DASHBOARD_DAYS; i++) {
    const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    days.set(day, { day, salesCents: 0, orders: 0, quizCompleted: 0, safetyStops: 0 });
  }
  for (const row of sales) {
    const point = days.get(row.day.toISOString().slice(0, 10));
    if (point) Object.assign(point, { salesCents: Number(row.cents), orders: Number(row.orders) });
  }
  for (const row of counts) {
    const point = days.get(row.day.toISOString().slice(0, 10));
    if (!point) continue;
    if (row.kind === "completed") point.quizCompleted += row.count;
    else if (row.kind.startsWith("stop_")) point.safetyStops += row.count;
  }
  return { days: [...days.values()], toShip, unpaid, lowStock: stock.low, outOfStock: stock.out, returns };
}
