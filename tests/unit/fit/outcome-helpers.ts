import { recommend } from "@/lib/fit/recommend";
import type { FitAnswers } from "@/lib/fit/answers-schema";
import type { CatalogSnapshot } from "@/lib/catalog/snapshot-types";
import type { FitItem, FitOkOutcome } from "@/lib/fit/types";
import { OPTIONS, SNAPSHOT } from "./fixtures";

/** Runs the engine and fails the test unless the outcome is ok. */
export function recommendOk(answers: FitAnswers, snapshot: CatalogSnapshot = SNAPSHOT): FitOkOutcome {
  const outcome = recommend(answers, snapshot, OPTIONS);
  if (outcome.status !== "ok") throw new Error(`expected an ok outcome, got a ${outcome.stop.tier} stop`);
  return outcome;
}

export const slugsOf = (items: FitItem[]) => items.map((item) => item.product.slug);

export function shownItems(outcome: FitOkOutcome): FitItem[] {
  return [...outcome.picks, ...outcome.alternatives, ...outcome.fallbacks, ...outcome.overBudget];
}

/** Every shopper-facing text in an ok outcome. */
export function outputTexts(outcome: FitOkOutcome): string[] {
  return [
    ...shownItems(outcome).flatMap((item) => [...item.reasons, ...item.notes].map((r) => r.text)),
    ...outcome.excluded.map((e) => e.text),
    ...outcome.advisories.map((a) => a.text),
    ...outcome.articles.map((a) => a.title),
    outcome.footer,
  ];
}
