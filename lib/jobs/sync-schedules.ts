import "server-only";
import type { PgBoss } from "pg-boss";
import { JOB_SCHEDULES } from "./job-schedules";

/**
 * Stores the schedules of job-schedules.ts in the database (pg-boss keeps them there, shared by
 * every runner) and removes any that were taken out of it.
 */
export async function syncSchedules(boss: PgBoss): Promise<void> {
  for (const { queue, cron } of JOB_SCHEDULES) await boss.schedule(queue, cron, null, { tz: "UTC" });
  const wanted = new Set(JOB_SCHEDULES.map((schedule) => schedule.queue as string));
  for (const schedule of await boss.getSchedules()) {
    if (!wanted.has(schedule.name)) await boss.unschedule(schedule.name, schedule.key);
  }
}
