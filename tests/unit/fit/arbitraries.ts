import fc from "fast-check";
import { widthCodesFor } from "@/lib/catalog/width-codes";
import { fitAnswersSchema, type FitAnswers } from "@/lib/fit/answers-schema";
import * as V from "@/lib/fit/answer-values";

// fast-check arbitraries for valid quiz answers. Safety answers are "no" by default so most
// runs reach the ranking; `safetyArbitrary` covers the whole screen.

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const halfSizes = (min: number, max: number) => fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2);

export const sizeArbitrary: fc.Arbitrary<FitAnswers["size"]> = fc.oneof(
  fc
    .constantFrom(...V.SIZE_SYSTEMS)
    .chain((system) =>
      halfSizes(V.SIZE_LIMITS[system].min, V.SIZE_LIMITS[system].max).map((value) => ({ system, value })),
    ),
  fc
    .double({ min: V.FOOT_LENGTH_LIMITS_MM.min, max: V.FOOT_LENGTH_LIMITS_MM.max, noNaN: true })
    .map((footLengthMm) => ({ footLengthMm })),
);

/** Sizes the fixture catalog stocks for each range, so most runs reach the ranking. */
const STOCKED_SIZES: Record<FitAnswers["range"], fc.Arbitrary<FitAnswers["size"]>> = {
  men: halfSizes(10.5, 11.5).map((value) => ({ system: "US" as const, value })),
  women: halfSizes(8.5, 9.5).map((value) => ({ system: "US" as const, value })),
  both: fc.integer({ min: 252, max: 290 }).map((footLengthMm) => ({ footLengthMm })),
};

const NO_FLAGS = Object.fromEntries(
  [
    "saddleNumbness",
    "bladderBowelChange",
    "sexualFunctionChange",
    "legWeakness",
    "majorTrauma",
    "chestPain",
    "fever",
    "weightLoss",
    "cancerHistory",
    "nightPain",
    "lumpOrShapeChange",
    "infectionRisk",
  ].map((k) => [k, "no"]),
) as FitAnswers["safety"];

export const safetyArbitrary: fc.Arbitrary<FitAnswers["safety"]> = fc.record(
  Object.fromEntries(Object.keys(NO_FLAGS).map((k) => [k, pick(V.SAFETY_ANSWERS)])) as Record<
    keyof FitAnswers["safety"],
    fc.Arbitrary<"yes" | "no" | "not_sure">
  >,
);

export const painArbitrary: fc.Arbitrary<FitAnswers["pain"]> = fc.record(
  {
    where: pick(V.PAIN_WHERE),
    walkingEffect: pick(V.WALKING_EFFECTS),
    eases: pick(V.EASES),
    duration: pick(V.DURATIONS),
  },
  { requiredKeys: ["where", "walkingEffect", "duration"] },
);

export const contextArbitrary = fc.record({ diabetesNumbFeet: fc.boolean(), pregnant: fc.boolean() });

const rangeAndWidth = pick(V.SHOPPER_RANGES).chain((range) => {
  const codes =
    range === "both" ? [...new Set([...widthCodesFor("men"), ...widthCodesFor("women")])] : widthCodesFor(range);
  const width = fc.oneof(
    { arbitrary: pick(V.WIDTH_FEELS), weight: 3 },
    { arbitrary: pick(codes).map((code) => ({ code })), weight: 1 },
  );
  const size = fc.oneof({ arbitrary: STOCKED_SIZES[range], weight: 4 }, { arbitrary: sizeArbitrary, weight: 1 });
  return fc
    .record({ width, size })
    .map(({ width: w, size: s }) => ({ range, size: s, width: w as FitAnswers["width"] }));
});

export const answersArbitrary: fc.Arbitrary<FitAnswers> = fc
  .record({
    rangeAndWidth,
    feetDiffer: pick(V.FEET_DIFFER),
    forefoot: pick(V.FOREFOOT),
    arch: pick(V.ARCHES),
    orthotics: pick(V.ORTHOTICS),
    walkingMinutes: pick(V.WALKING_MINUTES),
    surface: pick(V.SURFACES),
    currentShoes: pick(V.CURRENT_SHOES),
    unsteady: pick(V.UNSTEADY),
    pain: painArbitrary,
    context: contextArbitrary,
    cushion: pick(V.CUSHIONS),
    support: pick(V.SUPPORT_PREFS),
    closure: pick(V.CLOSURE_PREFS),
    budgetCents: fc.oneof(
      { arbitrary: fc.constant(null), weight: 2 },
      { arbitrary: fc.integer({ min: 0, max: 25_000 }), weight: 1 },
    ), // up to $250.00
  })
  .map(({ rangeAndWidth: rw, ...rest }) => ({ safety: NO_FLAGS, ...rw, ...rest }))
  // Everything generated must be something the API would accept.
  .map((answers) => fitAnswersSchema.parse(answers));
