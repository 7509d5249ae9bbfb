import "server-only";
import crypto from "node:crypto";
import { getPool } from "@/lib/db";
import type { FitAnswers } from "@/lib/fit/answers-schema";
import { toSavedAnswers, toSavedResult } from "@/lib/fit/to-saved-result";
import type { FitOkOutcome } from "@/lib/fit/types";
import { CONTENT_VERSIONS_SQL, type ContentVersions } from "@/lib/catalog/content-versions";

export type SaveOutcome = { saved: true; id: string } | { saved: false; current: ContentVersions };

// Saves only if the catalog and content versions are still the ones the result was computed
// from, and answers with the current versions either way. So a submission answered from the
// snapshot this process holds costs one round trip, and a stale one is caught and redone.
const SAVE_SQL = `
  WITH current AS (${CONTENT_VERSIONS_SQL}), saved AS (
    INSERT INTO "FitResult" ("id", "answers", "result", "engineVersion", "rulesetVersion")
    SELECT $1, $2::jsonb, $3::jsonb, $4, $5 FROM current
    WHERE $6::text IS NULL OR (current."catalog" = $6::text AND current."content" = $7::text)
    RETURNING 1
  ), counted AS (
    INSERT INTO "FitDailyCount" ("day", "kind", "count") SELECT CURRENT_DATE, 'completed', 1 FROM saved
    ON CONFLICT ("day", "kind") DO UPDATE SET "count" = "FitDailyCount"."count" + 1
  )
  SELECT "catalog", "content", EXISTS (SELECT 1 FROM saved) AS "saved" FROM current`;

/**
 * Stores the shareable part of a result under a random 128-bit id and counts the completion,
 * if `computedAt` is still current (null: whatever the versions). This is the hot path of every
 * quiz submission, so it is one prepared statement sent straight through pg, with no Prisma
 * query compile (decision 0010). The count is one of the anonymous daily counters.
 */
export async function saveFitResult(
  answers: FitAnswers,
  outcome: FitOkOutcome,
  computedAt: ContentVersions | null,
): Promise<SaveOutcome> {
  const id = crypto.randomBytes(16).toString("base64url");
  const savedAnswers = JSON.stringify(toSavedAnswers(answers));
  const savedResult = JSON.stringify(toSavedResult(outcome));
  const { rows } = await getPool().query<ContentVersions & { saved: boolean }>({
    name: "save-fit-result",
    text: SAVE_SQL,
    values: [
      id,
      savedAnswers,
      savedResult,
      outcome.engine.version,
      outcome.engine.ruleset,
      computedAt?.catalog ?? null,
      computedAt?.content ?? null,
    ],
  });
  const row = rows[0];
  if (row?.saved) return { saved: true, id };
  return { saved: false, current: { catalog: row?.catalog ?? "0", content: row?.content ?? "0" } };
}
