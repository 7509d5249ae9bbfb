import type { SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { FitAnswers } from "./answers-schema";
import { cushionBand } from "./feel-bands";
import { genericUsSize } from "./size-table";
import { describeSize, describeWidthCode } from "./size-words";
import { SCORE_WEIGHTS, type ScoreBreakdown } from "./soft-score";
import type { Evaluation, Reason } from "./types";

// The top three reasons a shoe is shown, in plain fit-and-comfort words. Hard-filter facts
// come first because they are certain; soft reasons follow by the points they earned.
// Only things that are true of the shoe are said, and nothing links a shoe to a back.

type Ranked = Reason & { priority: number };
const TOP_REASONS = 3;

const CUSHION_TEXT = {
  plush: "A plush, well-cushioned feel underfoot",
  balanced: "Balanced cushioning: neither soft nor firm",
  firm: "A firmer, closer-to-the-ground feel",
} as const;
const SUPPORT_TEXT = {
  stability: "A supportive, steady feel (a stability design)",
  motion: "The most structured, supportive feel we stock (a motion-control design)",
  neutral: "A neutral feel, with no added support structure",
} as const;
const OUTSOLE_TEXT = {
  road: "a road outsole for pavements",
  mixed: "an outsole for mixed ground",
  trail: "a grippy trail outsole",
} as const;
const CATEGORY_TEXT = {
  walking: "Made for walking",
  everyday: "An everyday shoe",
  recovery: "An easy-on recovery shoe",
  trail: "A trail walking shoe",
} as const;

function fitReasons(evaluation: Evaluation, variant: SnapshotVariant, answers: FitAnswers, footMm: number): Ranked[] {
  const { product, fitRange, needed } = evaluation;
  const size = describeSize(variant.size, fitRange, answers.range);
  const width = describeWidthCode(fitRange, variant.width);
  const widthText =
    needed.unsure && variant.width === needed.code
      ? `In stock in standard width, ${width}, in your ${size}`
      : `Made in a true ${width} width, in stock in your ${size}`;
  const reasons: Ranked[] = [{ id: "FIT_WIDTH", text: widthText, priority: 100 }];
  if (answers.orthotics !== "none" && product.removableInsole) {
    reasons.push({
      id: "FIT_ORTHOTIC",
      text: "The insole lifts out, so your own insoles or orthotics fit",
      priority: 90,
    });
  }
  // Worth saying up front when this brand's label differs from the shopper's usual size.
  const usual =
    "system" in answers.size && answers.size.system === "US" && answers.range !== "both"
      ? answers.size.value
      : genericUsSize(footMm, fitRange);
  const label = Number(variant.size);
  const differs = Number.isFinite(label) && label !== usual;
  const sizeText = differs
    ? `This brand sizes differently: its ${size} fits your ${Math.round(footMm)} mm foot`
    : `Its ${size} fits your ${Math.round(footMm)} mm foot on the brand's own chart`;
  reasons.push({ id: "FIT_SIZE", text: sizeText, priority: differs ? 80 : 1 });
  return reasons;
}

function feelReasons(evaluation: Evaluation, breakdown: ScoreBreakdown, answers: FitAnswers): Ranked[] {
  const { product } = evaluation;
  const { parts } = breakdown;
  const earned = (part: keyof typeof SCORE_WEIGHTS) => SCORE_WEIGHTS[part] * parts[part];
  const reasons: Ranked[] = [];
  if (parts.cushion === 1)
    reasons.push({
      id: "FEEL_CUSHION",
      text: CUSHION_TEXT[cushionBand(product.cushionLevel)],
      priority: earned("cushion"),
    });
  if (parts.support === 1)
    reasons.push({ id: "FEEL_SUPPORT", text: SUPPORT_TEXT[product.support], priority: earned("support") });
  if (parts.fitShape === 1 && (answers.forefoot === "bunion_or_wide" || answers.forefoot === "cramped_toes")) {
    const text =
      product.toeBox === "anatomical"
        ? "A foot-shaped toe box that lets your toes spread"
        : "A roomy toe box with space across the forefoot";
    reasons.push({ id: "FIT_TOEBOX", text, priority: earned("fitShape") });
  }
  if (parts.drop === 1 && answers.currentShoes !== "unsure") {
    reasons.push({
      id: "FEEL_DROP",
      text: `A ${product.dropMm} mm heel-to-toe drop, close to your current shoes`,
      priority: earned("drop"),
    });
  }
  if (answers.unsteady !== "no" && parts.steadiness >= 0.7) {
    const features = [
      product.baseWidth === "wide" && "a wide base",
      product.heelCounter === "firm" && "a firm heel counter",
    ].filter(Boolean);
    const text =
      features.length > 0 ? `A steady feel from ${features.join(" and ")}` : "A steady, stable feel underfoot";
    reasons.push({ id: "FEEL_STEADY", text, priority: earned("steadiness") });
  }
  if (parts.walkingUse === 1) {
    reasons.push({
      id: "USE_WALKING",
      text: `${CATEGORY_TEXT[product.category]}, with ${OUTSOLE_TEXT[product.outsole]}`,
      priority: earned("walkingUse"),
    });
  }
  return reasons;
}

export function buildReasons(
  evaluation: Evaluation,
  variant: SnapshotVariant,
  breakdown: ScoreBreakdown,
  answers: FitAnswers,
  footMm: number,
): Reason[] {
  const ranked = [...fitReasons(evaluation, variant, answers, footMm), ...feelReasons(evaluation, breakdown, answers)];
  // Stable sort: equal priorities keep the order above.
  ranked.sort((a, b) => b.priority - a.priority);
  return ranked.slice(0, TOP_REASONS).map(({ id, text }) => ({ id, text }));
}
