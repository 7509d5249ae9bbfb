import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import type { FitAnswers } from "@/lib/fit/answers-schema";
import { toSavedAnswers, toSavedResult } from "@/lib/fit/to-saved-result";
import type { FitOkOutcome } from "@/lib/fit/types";
import { countFitEvent } from "./count-fit-event";

/** Stores the shareable part of a result under a random 128-bit id and returns the id. */
export async function saveFitResult(answers: FitAnswers, outcome: FitOkOutcome): Promise<string> {
  const id = crypto.randomBytes(16).toString("base64url");
  await getDb().fitResult.create({
    data: {
      id,
      answers: toSavedAnswers(answers),
      result: toSavedResult(outcome),
      engineVersion: outcome.engine.version,
      rulesetVersion: outcome.engine.ruleset,
    },
  });
  await countFitEvent("completed");
  return id;
}
