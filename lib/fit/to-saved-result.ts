import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import type { FitAnswers } from "./answers-schema";
import type { FitItem, FitOkOutcome, ReasonId } from "./types";

// What a saved result and its share link may hold (docs/product-spec.md §6.3): the non-health
// answers and the chosen products. Safety, pain, steadiness and medical context are dropped, and
// so is everything derived from them (advisories, articles chosen because of them, and the
// steadiness reason).

const NON_HEALTH_KEYS = [
  "range",
  "size",
  "feetDiffer",
  "width",
  "forefoot",
  "arch",
  "orthotics",
  "walkingMinutes",
  "surface",
  "currentShoes",
  "cushion",
  "support",
  "closure",
  "budgetCents",
] as const;

export type SavedAnswers = Pick<FitAnswers, (typeof NON_HEALTH_KEYS)[number]>;
export type SavedResult = Omit<FitOkOutcome, "status" | "advisories">;

/** Articles whose trigger is not a health answer: they may be shown again from a share link. */
const SHAREABLE_ARTICLES = new Set<string>([
  ARTICLE_SLUGS.measureFeet,
  ARTICLE_SLUGS.startWalking,
  ARTICLE_SLUGS.warningSigns,
]);

/**
 * Reasons the engine gives only because of a health answer: FEEL_STEADY appears only when the
 * shopper said they feel unsteady, so a shared link showing it would reveal that answer.
 */
const HEALTH_DERIVED_REASONS = new Set<ReasonId>(["FEEL_STEADY"]);

function withoutHealthReasons(item: FitItem): FitItem {
  return { ...item, reasons: item.reasons.filter((reason) => !HEALTH_DERIVED_REASONS.has(reason.id)) };
}

export function toSavedAnswers(answers: FitAnswers): SavedAnswers {
  const saved: Record<string, unknown> = {};
  for (const key of NON_HEALTH_KEYS) saved[key] = answers[key];
  return saved as SavedAnswers;
}

export function toSavedResult(outcome: FitOkOutcome): SavedResult {
  return {
    picks: outcome.picks.map(withoutHealthReasons),
    alternatives: outcome.alternatives.map(withoutHealthReasons),
    fallbacks: outcome.fallbacks.map(withoutHealthReasons),
    overBudget: outcome.overBudget.map(withoutHealthReasons),
    excluded: outcome.excluded,
    articles: outcome.articles.filter((article) => SHAREABLE_ARTICLES.has(article.slug)),
    footer: outcome.footer,
    engine: outcome.engine,
  };
}
