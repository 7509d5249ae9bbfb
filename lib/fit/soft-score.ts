import type { SnapshotProduct } from "@/lib/catalog/snapshot-types";
import type { FitAnswers } from "./answers-schema";
import { bandDistance, cushionBand } from "./feel-bands";

// The transparent soft score (docs/product-spec.md §5.3): each part is a fraction 0–1 times
// its weight; the total is 0–100, shown as "Match to your answers", never as suitability for
// a back. Pain answers play no part except the rocker rule.

export const SCORE_WEIGHTS = {
  cushion: 25,
  support: 20,
  fitShape: 15,
  walkingUse: 15,
  drop: 10,
  steadiness: 10,
  closure: 5,
} as const;
export type ScorePart = keyof typeof SCORE_WEIGHTS;

/** Points taken off a pronounced rocker when walking brings on back pain or the shopper feels unsteady. */
export const ROCKER_PENALTY = 5;

/** Current heel-to-toe drop in mm assumed from the shoes worn now; `unsure` assumes trainers, the commonest. */
export const CURRENT_DROP_MM: Record<FitAnswers["currentShoes"], { min: number; max: number }> = {
  heeled: { min: 10, max: 12 },
  trainers: { min: 8, max: 10 },
  flat: { min: 0, max: 4 },
  unsure: { min: 8, max: 10 },
};

export type ScoreBreakdown = {
  /** 0–100, rounded. */
  score: number;
  parts: Record<ScorePart, number>;
  rockerPenalty: number;
  /** mm between the product's drop and the nearest end of the shopper's current range. */
  dropGapMm: number;
};

function scoreCushion(level: number, wanted: FitAnswers["cushion"]): number {
  const band = cushionBand(level);
  if (wanted === "unsure") return band === "balanced" ? 1 : 0.6;
  return [1, 0.5, 0][bandDistance(band, wanted)] ?? 0;
}

// Motion for `neutral` and `unsure` (docs/product-spec.md §5.3): motion is one step further
// from neutral than stability, so it gets the next step down.
const SUPPORT_SCORES: Record<FitAnswers["support"], Record<SnapshotProduct["support"], number>> = {
  more: { stability: 1, motion: 0.7, neutral: 0.4 },
  neutral: { neutral: 1, stability: 0.6, motion: 0.3 },
  unsure: { neutral: 1, stability: 0.8, motion: 0.6 },
};

function scoreFitShape(toeBox: SnapshotProduct["toeBox"], forefoot: FitAnswers["forefoot"]): number {
  const issue = forefoot === "bunion_or_wide" || forefoot === "cramped_toes";
  if (issue) return toeBox === "roomy" || toeBox === "anatomical" ? 1 : toeBox === "standard" ? 0.5 : 0;
  return toeBox === "tapered" ? 0.7 : 1;
}

const OUTSOLE_FOR_SURFACE: Record<FitAnswers["surface"], SnapshotProduct["outsole"]> = {
  pavement: "road",
  mixed: "mixed",
  trail: "trail",
};
/** Category base (docs/product-spec.md §5.3); `trail` sits between recovery and walking. */
const CATEGORY_USE: Record<SnapshotProduct["category"], number> = {
  walking: 1,
  everyday: 1,
  recovery: 0.6,
  trail: 0.8,
};
const OUTSOLE_MATCH_BONUS = 0.2;

function scoreWalkingUse(product: SnapshotProduct, surface: FitAnswers["surface"]): number {
  const bonus = product.outsole === OUTSOLE_FOR_SURFACE[surface] ? OUTSOLE_MATCH_BONUS : 0;
  return Math.min(1, CATEGORY_USE[product.category] + bonus);
}

function dropGap(dropMm: number, current: FitAnswers["currentShoes"]): number {
  const { min, max } = CURRENT_DROP_MM[current];
  return Math.max(0, min - dropMm, dropMm - max);
}

function scoreSteadiness(product: SnapshotProduct, unsteady: FitAnswers["unsteady"]): number {
  if (unsteady === "no") return 1;
  // Summed in tenths so 0.4 + 0.3 + 0.3 is exactly 1.
  const tenths =
    (product.baseWidth === "wide" ? 4 : 0) +
    (product.heelCounter === "firm" ? 3 : 0) +
    (product.cushionLevel <= 4 ? 3 : 0);
  return Math.min(tenths, product.rocker === "pronounced" ? 2 : 10) / 10;
}

export function rockerPenaltyFor(product: SnapshotProduct, answers: FitAnswers): number {
  const triggered = answers.pain.walkingEffect === "back_pain" || answers.unsteady !== "no";
  return product.rocker === "pronounced" && triggered ? ROCKER_PENALTY : 0;
}

/** The 0–100 total from the parts, in SCORE_WEIGHTS order, less the rocker penalty. */
function totalScore(
  cushion: number,
  support: number,
  fitShape: number,
  walkingUse: number,
  drop: number,
  steadiness: number,
  closure: number,
  rockerPenalty: number,
): number {
  const points =
    SCORE_WEIGHTS.cushion * cushion +
    SCORE_WEIGHTS.support * support +
    SCORE_WEIGHTS.fitShape * fitShape +
    SCORE_WEIGHTS.walkingUse * walkingUse +
    SCORE_WEIGHTS.drop * drop +
    SCORE_WEIGHTS.steadiness * steadiness +
    SCORE_WEIGHTS.closure * closure;
  return Math.max(0, Math.min(100, Math.round(points) - rockerPenalty));
}

const dropPart = (gap: number) => (gap <= 4 ? 1 : gap <= 8 ? 0.5 : 0);
const closurePart = (product: SnapshotProduct, wanted: FitAnswers["closure"]) =>
  wanted === "any" || wanted === product.closure ? 1 : 0;

export function scoreProduct(product: SnapshotProduct, answers: FitAnswers): ScoreBreakdown {
  const gap = dropGap(product.dropMm, answers.currentShoes);
  const parts: Record<ScorePart, number> = {
    cushion: scoreCushion(product.cushionLevel, answers.cushion),
    support: SUPPORT_SCORES[answers.support][product.support],
    fitShape: scoreFitShape(product.toeBox, answers.forefoot),
    walkingUse: scoreWalkingUse(product, answers.surface),
    drop: dropPart(gap),
    steadiness: scoreSteadiness(product, answers.unsteady),
    closure: closurePart(product, answers.closure),
  };
  const rockerPenalty = rockerPenaltyFor(product, answers);
  const score = totalScore(
    parts.cushion,
    parts.support,
    parts.fitShape,
    parts.walkingUse,
    parts.drop,
    parts.steadiness,
    parts.closure,
    rockerPenalty,
  );
  return { score, parts, rockerPenalty, dropGapMm: gap };
}

/**
 * scoreProduct(product, answers).score without building the breakdown. The engine ranks every
 * product of the catalog by this and builds breakdowns only for the few it shows.
 */
export function scoreValue(product: SnapshotProduct, answers: FitAnswers): number {
  return totalScore(
    scoreCushion(product.cushionLevel, answers.cushion),
    SUPPORT_SCORES[answers.support][product.support],
    scoreFitShape(product.toeBox, answers.forefoot),
    scoreWalkingUse(product, answers.surface),
    dropPart(dropGap(product.dropMm, answers.currentShoes)),
    scoreSteadiness(product, answers.unsteady),
    closurePart(product, answers.closure),
    rockerPenaltyFor(product, answers),
  );
}
