import type { SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { FitAnswers } from "./answers-schema";
import { formatCents } from "./money-text";
import type { ScoreBreakdown } from "./soft-score";
import { describeSize, describeWidthCode } from "./size-words";
import type { Evaluation, Note } from "./types";

// Fit notes on a shown shoe: practical things to know before buying, never health claims.

const FEET_DIFFER_TEXT: Record<Exclude<FitAnswers["feetDiffer"], "no">, string> = {
  half: "Your feet differ a little in length, so make sure the size you gave is your longer foot's, and try both shoes on.",
  more: "Your feet differ by more than half a size: we sized for the size you gave, so check it's your longer foot's and try both shoes on.",
  unsure: "If you're not sure whether your feet differ, measure both and use the longer one.",
};

/** Notes every shown shoe can carry: sizing, width and drop. */
export function buildFitNotes(
  evaluation: Evaluation,
  variant: SnapshotVariant,
  breakdown: ScoreBreakdown,
  answers: FitAnswers,
): Note[] {
  const { product, fitRange, label, needed } = evaluation;
  const size = describeSize(variant.size, fitRange, answers.range);
  const notes: Note[] = [];
  if (answers.range === "both") {
    notes.push({ id: "NOTE_SIZE_LABELS", text: `Sized in ${fitRange}'s labels: this is a ${size}.` });
  }
  if (label?.betweenSizes) {
    notes.push({
      id: "NOTE_BETWEEN_SIZES",
      text: `Your foot is between sizes on this brand's chart, so we chose the roomier ${size}.`,
    });
  }
  if (needed.unsure) {
    const width = describeWidthCode(fitRange, needed.code);
    notes.push({
      id: "NOTE_WIDTH_UNSURE",
      text: `You weren't sure about width, so we matched standard width, ${width}. Our measuring guide shows how to check.`,
    });
  }
  if (answers.feetDiffer !== "no") notes.push({ id: "NOTE_FEET_DIFFER", text: FEET_DIFFER_TEXT[answers.feetDiffer] });
  if (breakdown.parts.drop === 0) {
    notes.push({
      id: "NOTE_DROP_TRANSITION",
      text: `This has a ${product.dropMm} mm heel-to-toe drop, far from your current shoes: build up wear gradually so your feet and calves can adjust.`,
    });
  }
  return notes;
}

export function fallbackNote(evaluation: Evaluation, variant: SnapshotVariant, answers: FitAnswers): Note {
  const { fitRange, needed } = evaluation;
  const size = describeSize(variant.size, fitRange, answers.range);
  return {
    id: "NOTE_WIDTH_FALLBACK",
    text:
      `Not in stock in ${describeWidthCode(fitRange, needed.code)} in your ${size}: this is the next roomier width, ` +
      `${describeWidthCode(fitRange, variant.width)}. Try it on to check the heel doesn't slip.`,
  };
}

export function overBudgetNote(priceCents: number, budgetCents: number, currency: string): Note {
  return { id: "NOTE_OVER_BUDGET", text: `Over your budget by ${formatCents(priceCents - budgetCents, currency)}.` };
}

export function alternativeNote(contrast: string): Note {
  return { id: "NOTE_ALTERNATIVE", text: `For contrast with your top picks: ${contrast}.` };
}
