import "server-only";
import { getDb } from "@/lib/db";

export type FitEventKind = "completed" | "stop_emergency" | "stop_urgent";

/** Adds one to today's anonymous counter: a count is all we keep of a safety stop. */
export async function countFitEvent(kind: FitEventKind): Promise<void> {
  await getDb().$executeRaw`
    INSERT INTO "FitDailyCount" ("day", "kind", "count") VALUES (CURRENT_DATE, ${kind}, 1)
    ON CONFLICT ("day", "kind") DO UPDATE SET "count" = "FitDailyCount"."count" + 1`;
}
