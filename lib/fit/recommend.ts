import type { CatalogSnapshot } from "@/lib/catalog/snapshot-types";
import { chooseAdvisories } from "./advisories";
import type { FitAnswers } from "./answers-schema";
import { chooseArticles } from "./article-triggers";
import { RESULTS_FOOTER_TEXT } from "./footer";
import { createFilterContext, evaluateProduct, productsInRange } from "./hard-filters";
import { alternativeNote, fallbackNote, overBudgetNote } from "./notes";
import type { Scored } from "./rank-order";
import { toExcludedItem, toFitItem } from "./result-item";
import { screenSafety } from "./safety-screen";
import { mayBeListed, selectResults } from "./select-results";
import { shopperFootLengthMm } from "./size-table";
import { scoreValue } from "./soft-score";
import type { FitItem, FitOutcome } from "./types";
import { ENGINE_VERSION, RULESET_VERSION } from "./versions";

// The fit engine (../shared/fit-spec.md §5): parsed answers and a catalog snapshot in, an
// ordered result out. Pure: no database, clock or randomness, so the same input always gives
// the same output, and the quiz page can run it in the browser too.

export { ENGINE_VERSION, RULESET_VERSION };
export type RecommendOptions = { articleTitles: Readonly<Record<string, string>> };

export function recommend(answers: FitAnswers, snapshot: CatalogSnapshot, options: RecommendOptions): FitOutcome {
  // Safety first: a stop returns before any product is looked at.
  const stop = screenSafety(answers.safety);
  if (stop) return { status: "stop", stop };

  const footMm = shopperFootLengthMm(answers.size, answers.range);
  const context = createFilterContext(answers, footMm, snapshot.brands);
  // Only products that can reach a list are scored: in a large catalog many miss the shopper's
  // range or several rules. selectResults then picks each list's few products without a sort.
  const scored: Scored[] = [];
  for (const product of productsInRange(snapshot.products, answers.range)) {
    const evaluation = evaluateProduct(product, context);
    if (mayBeListed(evaluation)) scored.push({ evaluation, score: scoreValue(product, answers) });
  }
  const lists = selectResults(scored);

  const itemsWithMatch = (list: Scored[]): FitItem[] =>
    list.flatMap((s) => (s.evaluation.match ? [toFitItem(s, s.evaluation.match, answers, footMm)] : []));
  const advisories = chooseAdvisories(answers);

  return {
    status: "ok",
    picks: itemsWithMatch(lists.picks),
    alternatives: lists.alternatives.flatMap((s) =>
      s.evaluation.match ? [toFitItem(s, s.evaluation.match, answers, footMm, [alternativeNote(s.contrast)])] : [],
    ),
    fallbacks: lists.fallbacks.flatMap((s) => {
      const variant = s.evaluation.roomier;
      return variant ? [toFitItem(s, variant, answers, footMm, [fallbackNote(s.evaluation, variant, answers)])] : [];
    }),
    overBudget: lists.overBudget.flatMap((s) => {
      const variant = s.evaluation.match;
      const budget = answers.budgetCents;
      if (!variant || budget === null) return [];
      return [toFitItem(s, variant, answers, footMm, [overBudgetNote(variant.priceCents, budget, s.evaluation.product.currency)])];
    }),
    excluded: lists.excluded.flatMap((s) => toExcludedItem(s) ?? []),
    advisories,
    articles: chooseArticles(answers, advisories, options.articleTitles),
    footer: RESULTS_FOOTER_TEXT,
    engine: { version: ENGINE_VERSION, ruleset: RULESET_VERSION },
  };
}
