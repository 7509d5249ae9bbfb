import fc from "fast-check";
import { findBannedPhrases } from "@/lib/fit/banned-phrases";
import { RESULTS_FOOTER_TEXT } from "@/lib/fit/footer";
import { recommend } from "@/lib/fit/recommend";
import { chartLabelFor, sameSizeLabel } from "@/lib/fit/size-chart";
import { shopperFootLengthMm } from "@/lib/fit/size-table";
import { neededWidth } from "@/lib/fit/width-need";
import type { FitAnswers } from "@/lib/fit/answers-schema";
import type { FitItem } from "@/lib/fit/types";
import { answersArbitrary, contextArbitrary, painArbitrary, safetyArbitrary } from "./arbitraries";
import { OPTIONS, productBySlug, SNAPSHOT } from "./fixtures";
import { outputTexts, recommendOk, slugsOf } from "./outcome-helpers";

const RUNS = { numRuns: 300 };

/** Re-derives every hard filter from the catalog, independently of the engine's evaluation. */
function assertPassesHardFilters(item: FitItem, answers: FitAnswers): void {
  const product = productBySlug(item.product.slug);
  const variant = product.variants.find((v) => v.sku === item.variant.sku);
  if (!variant) throw new Error(`pick ${item.variant.sku} is not a stocked variant`);
  // H_RANGE
  expect(answers.range === "both" || product.range === "unisex" || product.range === answers.range).toBe(true);
  if (answers.range !== "both") expect(variant.fitRange).toBe(answers.range);
  // H_SIZE
  const chart = SNAPSHOT.brands[product.brandSlug]?.sizeChart[variant.fitRange] ?? [];
  const label = chartLabelFor(chart, shopperFootLengthMm(answers.size, answers.range));
  expect(label).not.toBeNull();
  expect(sameSizeLabel(variant.size, label?.size ?? "")).toBe(true);
  expect(variant.stock).toBeGreaterThan(0);
  // H_WIDTH
  expect(variant.width).toBe(neededWidth(answers.width, variant.fitRange).code);
  // H_INSOLE
  if (answers.orthotics !== "none") expect(product.removableInsole).toBe(true);
  // H_BUDGET
  if (answers.budgetCents !== null) expect(variant.priceCents).toBeLessThanOrEqual(answers.budgetCents);
}

describe("engine properties", () => {
  it("every pick and alternative satisfies every hard filter", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const outcome = recommendOk(answers);
        expect(outcome.picks.length).toBeLessThanOrEqual(3);
        for (const item of [...outcome.picks, ...outcome.alternatives]) assertPassesHardFilters(item, answers);
      }),
      RUNS,
    );
  });

  it("the arbitrary reaches the ranking: most runs have picks", () => {
    const samples = fc.sample(answersArbitrary, { numRuns: 300, seed: 7 });
    const withPicks = samples.filter((answers) => recommendOk(answers).picks.length > 0).length;
    expect(withPicks / samples.length).toBeGreaterThan(0.3);
  });

  it("list limits hold and no product is shown twice", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const outcome = recommendOk(answers);
        expect(outcome.alternatives.length).toBeLessThanOrEqual(3);
        expect(outcome.overBudget.length).toBeLessThanOrEqual(2);
        expect(outcome.excluded.length).toBeLessThanOrEqual(3);
        const shown = [
          ...outcome.picks,
          ...outcome.alternatives,
          ...outcome.fallbacks,
          ...outcome.overBudget,
          ...outcome.excluded,
        ].map((i) => i.product.slug);
        expect(new Set(shown).size).toBe(shown.length);
        for (const item of outcome.picks) expect(item.score).toBeGreaterThanOrEqual(0);
        for (const item of outcome.picks) expect(item.score).toBeLessThanOrEqual(100);
      }),
      RUNS,
    );
  });

  it("is deterministic: the same input twice gives deep-equal output", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(recommend(answers, SNAPSHOT, OPTIONS)).toEqual(recommend(structuredClone(answers), SNAPSHOT, OPTIONS));
      }),
      RUNS,
    );
  });

  it("pain and context answers don't change the order (walking doesn't bring on back pain, unsteadiness fixed)", () => {
    const calmPain = painArbitrary.filter((pain) => pain.walkingEffect !== "back_pain");
    fc.assert(
      fc.property(answersArbitrary, calmPain, calmPain, contextArbitrary, (answers, painA, painB, context) => {
        const a = recommendOk({ ...answers, pain: painA });
        const b = recommendOk({ ...answers, pain: painB, context });
        for (const list of ["picks", "alternatives", "fallbacks", "overBudget"] as const) {
          expect(slugsOf(b[list])).toEqual(slugsOf(a[list]));
          expect(b[list].map((i) => i.score)).toEqual(a[list].map((i) => i.score));
        }
      }),
      RUNS,
    );
  });

  it("no output text contains a banned phrase, and the footer is always there", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const outcome = recommendOk(answers);
        expect(outcome.footer).toBe(RESULTS_FOOTER_TEXT);
        expect(outputTexts(outcome).flatMap(findBannedPhrases)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("any stop answer stops, and the stop carries no products", () => {
    fc.assert(
      fc.property(answersArbitrary, safetyArbitrary, (answers, safety) => {
        const outcome = recommend({ ...answers, safety }, SNAPSHOT, OPTIONS);
        const values = Object.entries(safety);
        const tier1 = [
          "saddleNumbness",
          "bladderBowelChange",
          "sexualFunctionChange",
          "legWeakness",
          "majorTrauma",
          "chestPain",
        ];
        const shouldStop = values.some(([k, v]) => v === "yes" || (v === "not_sure" && tier1.includes(k)));
        expect(outcome.status).toBe(shouldStop ? "stop" : "ok");
        if (outcome.status === "stop") expect(outcome).not.toHaveProperty("picks");
      }),
      RUNS,
    );
  });
});
