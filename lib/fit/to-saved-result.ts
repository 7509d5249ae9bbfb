import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import type { FitAnswers } from "./answers-schema";
import type { FitOkOutcome } from "./types";

// What a saved result and its share link may hold (../shared/fit-spec.md §6): the non-health
// answers and the chosen products. Safety, pain, steadiness and medical context are dropped, and
// so is everything derived from them (advisories, and articles chosen because of them).

const NON_HEALTH_KEYS = [
  "range", "size", "feetDiffer", "width", "forefoot", "arch", "orthotics",
  "walkingMinutes", "surface", "currentShoes", "cushion", "support", "closure", "budgetCents",
] as const;

export type SavedAnswers = Pick<FitAnswers, (typeof NON_HEALTH_KEYS)[number]>;
export type SavedResult = Omit<FitOkOutcome, "status" | "advisories">;

/** Articles whose trigger is not a health answer: they may be shown again from a share link. */
const SHAREABLE_ARTICLES = new Set<string>([ARTICLE_SLUGS.measureFeet, ARTICLE_SLUGS.startWalking, ARTICLE_SLUGS.warningSigns]);

export function toSavedAnswers(answers: FitAnswers): SavedAnswers {
  const saved: Record<string, unknown> = {};
  for (const key of NON_HEALTH_KEYS) saved[key] = answers[key];
  return saved as SavedAnswers;
}

export function toSavedResult(outcome: FitOkOutcome): SavedResult {
  return {
    picks: outcome.picks,
    alternatives: outcome.alternatives,
    fallbacks: outcome.fallbacks,
    overBudget: outcome.overBudget,
    excluded: outcome.excluded,
    articles: outcome.articles.filter((article) => SHAREABLE_ARTICLES.has(article.slug)),
    footer: outcome.footer,
    engine: outcome.engine,
  };
}
