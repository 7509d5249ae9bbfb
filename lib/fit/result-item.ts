import type { SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { FitAnswers } from "./answers-schema";
import { buildFitNotes } from "./notes";
import { buildReasons } from "./reasons";
import { scoreProduct } from "./soft-score";
import type { Evaluation, ExcludedItem, FitItem, Note } from "./types";

// Shapes a ranked product into the API's item (docs/product-spec.md §7.3). `variant.width` is
// the code as stocked; the price is the shown variant's effective price.

export function toFitItem(
  { evaluation }: { evaluation: Evaluation },
  variant: SnapshotVariant,
  answers: FitAnswers,
  footMm: number,
  extraNotes: Note[] = [],
): FitItem {
  const { product } = evaluation;
  // The full breakdown (for reasons and notes) only for shown products; its score is the one ranked by.
  const breakdown = scoreProduct(product, answers);
  return {
    product: {
      slug: product.slug,
      name: product.name,
      brand: product.brandName,
      priceCents: variant.priceCents,
      currency: product.currency,
    },
    variant: { sku: variant.sku, size: variant.size, width: variant.width, stock: variant.stock },
    score: breakdown.score,
    reasons: buildReasons(evaluation, variant, breakdown, answers, footMm),
    notes: [...extraNotes, ...buildFitNotes(evaluation, variant, breakdown, answers)],
  };
}

export function toExcludedItem({ evaluation }: { evaluation: Evaluation }): ExcludedItem | null {
  const first = evaluation.failures[0];
  if (!first) return null;
  const { slug, name } = evaluation.product;
  return { product: { slug, name }, ruleId: first.ruleId, text: first.text };
}
