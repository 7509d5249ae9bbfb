import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { WIDTH_CODES, widthCodesFor } from "@/lib/catalog/width-codes";
import * as V from "./answer-values";

// The one zod schema for the quiz answers (docs/product-spec.md §2.1 and §3.3). The quiz page
// validates each step with the step schemas; the API route parses the whole body with
// fitAnswersSchema. Objects are strict so a misspelt key is an error, not silently dropped.

const choose = (what: string) => ({ error: `Choose ${what}` });
const safetyAnswer = z.enum(V.SAFETY_ANSWERS, choose("yes, no or not sure"));

export const safetyAnswersSchema = z.strictObject({
  saddleNumbness: safetyAnswer,
  bladderBowelChange: safetyAnswer,
  sexualFunctionChange: safetyAnswer,
  legWeakness: safetyAnswer,
  majorTrauma: safetyAnswer,
  chestPain: safetyAnswer,
  fever: safetyAnswer,
  weightLoss: safetyAnswer,
  cancerHistory: safetyAnswer,
  nightPain: safetyAnswer,
  lumpOrShapeChange: safetyAnswer,
  infectionRisk: safetyAnswer,
});

const sizeLabelSchema = z
  .strictObject({
    system: z.enum(V.SIZE_SYSTEMS, choose("US, UK or EU sizing")),
    value: z.number({ error: "Enter your size as a number" }),
  })
  .superRefine(({ system, value }, ctx) => {
    const { min, max } = V.SIZE_LIMITS[system];
    if (value < min || value > max || !Number.isInteger(value * 2)) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `Enter a ${system} size from ${min} to ${max}, in half sizes`,
      });
    }
  });

const footLengthSchema = z.strictObject({
  footLengthMm: z
    .number({ error: "Enter your foot length in mm" })
    .min(V.FOOT_LENGTH_LIMITS_MM.min, { error: `Foot length must be at least ${V.FOOT_LENGTH_LIMITS_MM.min} mm` })
    .max(V.FOOT_LENGTH_LIMITS_MM.max, { error: `Foot length must be at most ${V.FOOT_LENGTH_LIMITS_MM.max} mm` }),
});

const widthSchema = z.union(
  [z.enum(V.WIDTH_FEELS), z.strictObject({ code: z.enum(WIDTH_CODES, choose("a width code such as D or 2E")) })],
  { error: "Choose how standard shoes feel, or the width code you wear" },
);

const feetShape = {
  range: z.enum(V.SHOPPER_RANGES, choose("men's, women's or both")),
  size: z.union([sizeLabelSchema, footLengthSchema], { error: "Enter your size or your foot length" }),
  feetDiffer: z.enum(V.FEET_DIFFER, choose("an answer about foot lengths")),
  width: widthSchema,
  forefoot: z.enum(V.FOREFOOT, choose("an answer about your forefoot")),
  arch: z.enum(V.ARCHES, choose("an answer about your arch")),
  orthotics: z.enum(V.ORTHOTICS, choose("an answer about insoles")),
};

const walkingShape = {
  walkingMinutes: z.enum(V.WALKING_MINUTES, choose("how long you walk on a typical day")),
  surface: z.enum(V.SURFACES, choose("where you walk")),
  currentShoes: z.enum(V.CURRENT_SHOES, choose("your everyday shoes")),
  unsteady: z.enum(V.UNSTEADY, choose("how often you feel unsteady")),
};

const backShape = {
  pain: z.strictObject({
    where: z.enum(V.PAIN_WHERE, choose("where you feel it")),
    walkingEffect: z.enum(V.WALKING_EFFECTS, choose("what walking does")),
    // Only asked when walking brings on leg symptoms; the engine ignores it otherwise.
    eases: z.enum(V.EASES, choose("what eases the leg symptoms")).optional(),
    duration: z.enum(V.DURATIONS, choose("how long this episode has lasted")),
  }),
  context: z.strictObject({
    diabetesNumbFeet: z.boolean({ error: "Answer yes or no" }),
    pregnant: z.boolean({ error: "Answer yes or no" }),
  }),
};

const preferencesShape = {
  cushion: z.enum(V.CUSHIONS, choose("how each step should feel")),
  support: z.enum(V.SUPPORT_PREFS, choose("a support feel")),
  closure: z.enum(V.CLOSURE_PREFS, choose("a fastening")),
  budgetCents: z
    .number({ error: "Enter a budget, or choose no budget" })
    .int({ error: "Enter the budget in whole cents" })
    .min(0, { error: "A budget can't be negative" })
    .max(V.MAX_BUDGET_CENTS, { error: "That budget is too large" })
    .nullable(),
};

type WidthRangeInput = { range: (typeof V.SHOPPER_RANGES)[number]; width: z.infer<typeof widthSchema> };

/** A width code the shopper's range never uses (4A for men) is a mistake worth flagging. */
function checkWidthCodeInRange({ range, width }: WidthRangeInput, ctx: z.RefinementCtx): void {
  if (typeof width === "string") return;
  const ranges = range === "both" ? (["men", "women"] as const) : [range];
  if (ranges.some((r) => widthCodesFor(r).includes(width.code))) return;
  ctx.addIssue({ code: "custom", path: ["width", "code"], message: `${width.code} isn't a ${range}'s width code` });
}

// Step schemas strip other steps' keys, so a multi-step form can validate its whole state
// one step at a time; the full schema below is strict.
export const safetyStepSchema = z.object({ safety: safetyAnswersSchema });
export const feetStepSchema = z.object(feetShape).superRefine(checkWidthCodeInRange);
export const walkingStepSchema = z.object(walkingShape);
export const backStepSchema = z.object(backShape);
export const preferencesStepSchema = z.object(preferencesShape);

export const fitAnswersSchema = z
  .strictObject({ safety: safetyAnswersSchema, ...feetShape, ...walkingShape, ...backShape, ...preferencesShape })
  .superRefine(checkWidthCodeInRange);

export type FitAnswers = z.infer<typeof fitAnswersSchema>;
export type SafetyAnswers = FitAnswers["safety"];
export type SizeAnswer = FitAnswers["size"];
export type WidthAnswer = FitAnswers["width"];
export type ShopperRange = FitAnswers["range"];

export { fieldErrorsFrom } from "./field-errors";
