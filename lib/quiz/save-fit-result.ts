import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import type { FitAnswers } from "@/lib/fit/answers-schema";
import { toSavedAnswers, toSavedResult } from "@/lib/fit/to-saved-result";
import type { FitOkOutcome } from "@/lib/fit/types";

/**
 * Stores the shareable part of a result under a random 128-bit id, counts the completion, and
 * returns the id. One statement (one round trip, no model-query compile): this is the hot path
 * of every quiz submission. The count is one of the anonymous daily counters (count-fit-event.ts).
 */
export async function saveFitResult(answers: FitAnswers, outcome: FitOkOutcome): Promise<string> {
  const id = crypto.randomBytes(16).toString("base64url");
  const savedAnswers = JSON.stringify(toSavedAnswers(answers));
  const savedResult = JSON.stringify(toSavedResult(outcome));
  await getDb().$executeRaw`
    WITH saved AS (
      INSERT INTO "FitResult" ("id", "answers", "result", "engineVersion", "rulesetVersion")
      VALUES (${id}, ${savedAnswers}::jsonb, ${savedResult}::jsonb, ${outcome.engine.version}, ${outcome.engine.ruleset})
      RETURNING 1
    )
    INSERT INTO "FitDailyCount" ("day", "kind", "count") SELECT CURRENT_DATE, 'completed', 1 FROM saved
    ON CONFLICT ("day", "kind") DO UPDATE SET "count" = "FitDailyCount"."count" + 1`;
  return id;
}
