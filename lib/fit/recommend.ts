import type { CatalogSnapshot, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import { chooseAdvisories } from "./advisories";
import type { FitAnswers } from "./answers-schema";
import { chooseArticles } from "./article-triggers";
import { RESULTS_FOOTER_TEXT } from "./footer";
import { indexedProductsFor } from "./catalog-index";
import { createFilterContext, describeScreened, screenProduct, type ScreenScratch } from "./hard-filters";
import { alternativeNote, fallbackNote, overBudgetNote } from "./notes";
import type { Scored } from "./rank-order";
import { toExcludedItem, toFitItem } from "./result-item";
import { screenSafety } from "./safety-screen";
import { createResultCollector, mayBeListed } from "./select-results";
import { shopperFootLengthMm } from "./size-table";
import { scoreValue } from "./soft-score";
import type { Evaluation, FitOutcome, Note } from "./types";
import { ENGINE_VERSION, RULESET_VERSION } from "./versions";

// The fit engine (docs/product-spec.md §5): parsed answers and a catalog snapshot in, an
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
  // One pass: only products that can reach a list are scored, the collector keeps the few that
  // still can, and only those shown get failure texts, reasons and notes. Screening writes into
  // scratch objects; a product is copied out only when the collector would keep it, so a large
  // catalog costs almost no allocation (and no garbage collection) per request.
  const collector = createResultCollector();
  const scratch: ScreenScratch = [];
  for (const entry of indexedProductsFor(snapshot.products, answers.range)) {
    const screened = screenProduct(entry, context, scratch);
    if (!screened || !mayBeListed(screened)) continue;
    const score = scoreValue(entry.product, answers);
    if (collector.wouldKeep(screened, score)) collector.add({ evaluation: { ...screened }, score });
  }
  const lists = collector.finish();

  // Failure texts, reasons and notes are written only for the products shown.
  const describe = (s: Scored) => ({ evaluation: describeScreened(s.evaluation, context) });
  const item = (
    s: Scored,
    variant: SnapshotVariant | null,
    notes: (evaluation: Evaluation, variant: SnapshotVariant) => Note[],
  ) => {
    if (!variant) return [];
    const described = describe(s);
    return [toFitItem(described, variant, answers, footMm, notes(described.evaluation, variant))];
  };
  const advisories = chooseAdvisories(answers);
  const budget = answers.budgetCents;

  return {
    status: "ok",
    picks: lists.picks.flatMap((s) => item(s, s.evaluation.match, () => [])),
    alternatives: lists.alternatives.flatMap((s) => item(s, s.evaluation.match, () => [alternativeNote(s.contrast)])),
    fallbacks: lists.fallbacks.flatMap((s) =>
      item(s, s.evaluation.roomier, (evaluation, variant) => [fallbackNote(evaluation, variant, answers)]),
    ),
    overBudget: lists.overBudget.flatMap((s) =>
      budget === null
        ? []
        : item(s, s.evaluation.match, (evaluation, variant) => [
            overBudgetNote(variant.priceCents, budget, evaluation.product.currency),
          ]),
    ),
    excluded: lists.excluded.flatMap((s) => toExcludedItem(describe(s)) ?? []),
    advisories,
    articles: chooseArticles(answers, advisories, options.articleTitles),
    footer: RESULTS_FOOTER_TEXT,
    engine: { version: ENGINE_VERSION, ruleset: RULESET_VERSION },
  };
}
