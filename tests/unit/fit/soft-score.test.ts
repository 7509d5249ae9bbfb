import type { SnapshotProduct } from "@/lib/catalog/snapshot-types";
import { SCORE_WEIGHTS, scoreProduct } from "@/lib/fit/soft-score";
import { answersWith, BASE_ANSWERS } from "../../support/fit-answers";
import { productBySlug } from "./fixtures";

const shoe = (facts: Partial<SnapshotProduct>): SnapshotProduct => ({ ...productBySlug("daily-walker"), ...facts });
const parts = (facts: Partial<SnapshotProduct>, answers = BASE_ANSWERS) => scoreProduct(shoe(facts), answers).parts;

describe("scoreProduct weights", () => {
  it("weighs the parts 25/20/15/15/10/10/5, a total of 100", () => {
    expect(SCORE_WEIGHTS).toEqual({
      cushion: 25,
      support: 20,
      fitShape: 15,
      walkingUse: 15,
      drop: 10,
      steadiness: 10,
      closure: 5,
    });
    expect(scoreProduct(productBySlug("daily-walker"), BASE_ANSWERS).score).toBe(100);
  });

  it("cushion: exact band 1, adjacent 0.5, opposite 0; unsure prefers balanced", () => {
    const plush = answersWith({ cushion: "plush" });
    expect(parts({ cushionLevel: 4 }, plush).cushion).toBe(1);
    expect(parts({ cushionLevel: 5 }, plush).cushion).toBe(1);
    expect(parts({ cushionLevel: 3 }, plush).cushion).toBe(0.5);
    expect(parts({ cushionLevel: 2 }, plush).cushion).toBe(0);
    expect(parts({ cushionLevel: 1 }, answersWith({ cushion: "balanced" })).cushion).toBe(0.5);
    const unsure = answersWith({ cushion: "unsure" });
    expect(parts({ cushionLevel: 3 }, unsure).cushion).toBe(1);
    expect(parts({ cushionLevel: 5 }, unsure).cushion).toBe(0.6);
    expect(parts({ cushionLevel: 1 }, unsure).cushion).toBe(0.6);
  });

  it("support: the spec's table, and arch never changes it", () => {
    const more = answersWith({ support: "more" });
    expect([
      parts({ support: "stability" }, more).support,
      parts({ support: "motion" }, more).support,
      parts({ support: "neutral" }, more).support,
    ]).toEqual([1, 0.7, 0.4]);
    expect(parts({ support: "stability" }).support).toBe(0.6);
    const unsure = answersWith({ support: "unsure", arch: "low" });
    expect([parts({ support: "neutral" }, unsure).support, parts({ support: "stability" }, unsure).support]).toEqual([
      1, 0.8,
    ]);
    expect(parts({ support: "stability" }, answersWith({ support: "unsure", arch: "high" })).support).toBe(0.8);
  });

  it("fit shape: roomy for a forefoot issue, a small cost for tapered otherwise", () => {
    const bunion = answersWith({ forefoot: "bunion_or_wide" });
    expect([
      parts({ toeBox: "anatomical" }, bunion).fitShape,
      parts({ toeBox: "standard" }, bunion).fitShape,
      parts({ toeBox: "tapered" }, bunion).fitShape,
    ]).toEqual([1, 0.5, 0]);
    expect([parts({ toeBox: "tapered" }).fitShape, parts({ toeBox: "standard" }).fitShape]).toEqual([0.7, 1]);
  });

  it("walking use: category base plus an outsole bonus, capped at 1", () => {
    expect(parts({ category: "everyday", outsole: "trail" }).walkingUse).toBe(1);
    expect(parts({ category: "recovery", outsole: "mixed" }).walkingUse).toBe(0.6);
    expect(parts({ category: "recovery", outsole: "road" }).walkingUse).toBe(0.8);
  });

  it("drop: within 4 mm 1, within 8 mm 0.5, else 0, against the assumed current drop", () => {
    const heeled = answersWith({ currentShoes: "heeled" }); // assumed 10–12 mm
    expect([
      parts({ dropMm: 12 }, heeled).drop,
      parts({ dropMm: 6 }, heeled).drop,
      parts({ dropMm: 5 }, heeled).drop,
      parts({ dropMm: 2 }, heeled).drop,
      parts({ dropMm: 1 }, heeled).drop,
      parts({ dropMm: 0 }, heeled).drop,
    ]).toEqual([1, 1, 0.5, 0.5, 0, 0]);
    const flat = answersWith({ currentShoes: "flat" }); // assumed 0–4 mm
    expect([
      parts({ dropMm: 8 }, flat).drop,
      parts({ dropMm: 12 }, flat).drop,
      parts({ dropMm: 13 }, flat).drop,
    ]).toEqual([1, 0.5, 0]);
  });

  it("steadiness: wide base 0.4 + firm heel 0.3 + cushion ≤ 4 0.3; a pronounced rocker caps it at 0.2", () => {
    const unsteady = answersWith({ unsteady: "sometimes" });
    expect(parts({ baseWidth: "wide", heelCounter: "firm", cushionLevel: 4 }, unsteady).steadiness).toBe(1);
    expect(parts({ baseWidth: "standard", heelCounter: "firm", cushionLevel: 5 }, unsteady).steadiness).toBe(0.3);
    expect(
      parts({ baseWidth: "wide", heelCounter: "firm", cushionLevel: 4, rocker: "pronounced" }, unsteady).steadiness,
    ).toBe(0.2);
    expect(parts({ baseWidth: "narrow", heelCounter: "flexible", cushionLevel: 5 }).steadiness).toBe(1);
  });

  it("closure: a match or any scores 1, a mismatch 0", () => {
    expect(parts({ closure: "slip_on" }).closure).toBe(1);
    expect(parts({ closure: "slip_on" }, answersWith({ closure: "laces" })).closure).toBe(0);
  });

  it("rocker rule: minus 5 for a pronounced rocker with walking-brought back pain, no bonus otherwise", () => {
    const rocker = productBySlug("glide-rocker");
    const calm = scoreProduct(rocker, BASE_ANSWERS);
    const backPain = scoreProduct(rocker, answersWith({ pain: { ...BASE_ANSWERS.pain, walkingEffect: "back_pain" } }));
    expect(calm.rockerPenalty).toBe(0);
    expect(backPain.rockerPenalty).toBe(5);
    expect(backPain.score).toBe(calm.score - 5);
    const mild = { ...rocker, rocker: "mild" as const };
    expect(scoreProduct(mild, BASE_ANSWERS).score).toBe(calm.score);
  });

  it("adds the weighted parts into a rounded 0–100 score", () => {
    // Cushion opposite (0), support neutral vs stability 0.6, everything else full: 100 − 25 − 8.
    const answers = answersWith({ cushion: "plush", support: "neutral" });
    expect(scoreProduct(shoe({ cushionLevel: 1, support: "stability" }), answers).score).toBe(67);
  });
});
