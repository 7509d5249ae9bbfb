import {
  backStepSchema,
  feetStepSchema,
  fieldErrorsFrom,
  fitAnswersSchema,
  preferencesStepSchema,
  safetyStepSchema,
  walkingStepSchema,
} from "@/lib/fit/answers-schema";
import { BASE_ANSWERS } from "../../support/fit-answers";

function errorsFor(input: unknown): Record<string, string> {
  const result = fitAnswersSchema.safeParse(input);
  if (result.success) throw new Error("expected the answers to be rejected");
  return fieldErrorsFrom(result.error);
}

describe("fitAnswersSchema", () => {
  it("accepts a complete set of answers and returns them unchanged", () => {
    expect(fitAnswersSchema.parse(BASE_ANSWERS)).toEqual(BASE_ANSWERS);
  });

  it("accepts a foot length, a width code, leg-symptom easing and a budget", () => {
    const answers = {
      ...BASE_ANSWERS,
      size: { footLengthMm: 271.5 },
      width: { code: "2E" },
      pain: { where: "both_legs", walkingEffect: "leg_symptoms", eases: "sit_or_bend", duration: "gt12w" },
      budgetCents: 15000, // $150.00
    };
    expect(fitAnswersSchema.safeParse(answers).success).toBe(true);
  });

  it.each([
    [{ system: "US", value: 17 }, "size.value"],
    [{ system: "US", value: 10.25 }, "size.value"],
    [{ system: "UK", value: 2.5 }, "size.value"],
    [{ system: "EU", value: 52 }, "size.value"],
    [{ system: "JP", value: 27 }, "size.system"],
    [{ footLengthMm: 150 }, "size.footLengthMm"],
    [{ footLengthMm: 331 }, "size.footLengthMm"],
  ])("rejects size %j at %s", (size, path) => {
    const fields = errorsFor({ ...BASE_ANSWERS, size });
    expect(Object.keys(fields)).toEqual([path]);
    expect(fields[path]).toMatch(/size|foot length|US|UK|EU/i);
  });

  it("names the size field when neither a size nor a foot length was given", () => {
    expect(errorsFor({ ...BASE_ANSWERS, size: {} })).toEqual({ size: "Enter your size or your foot length" });
  });

  it("rejects an unknown enum value with a readable message at its path", () => {
    const fields = errorsFor({ ...BASE_ANSWERS, safety: { ...BASE_ANSWERS.safety, fever: "maybe" } });
    expect(fields).toEqual({ "safety.fever": "Choose yes, no or not sure" });
  });

  it("rejects a missing required field", () => {
    const { cushion: _omitted, ...rest } = BASE_ANSWERS;
    expect(errorsFor(rest)).toEqual({ cushion: "Choose how each step should feel" });
  });

  it("rejects unknown keys at the top level and inside nested objects", () => {
    const fields = errorsFor({ ...BASE_ANSWERS, email: "a@b.c", pain: { ...BASE_ANSWERS.pain, severity: 7 } });
    expect(fields).toEqual({ email: "Unknown field", "pain.severity": "Unknown field" });
  });

  it("rejects an unknown width code and a code the range never uses", () => {
    expect(errorsFor({ ...BASE_ANSWERS, width: { code: "9Z" } })).toHaveProperty(["width.code"]);
    expect(errorsFor({ ...BASE_ANSWERS, width: { code: "4A" } })).toEqual({
      "width.code": "4A isn't a men's width code",
    });
    expect(fitAnswersSchema.safeParse({ ...BASE_ANSWERS, range: "both", width: { code: "4A" } }).success).toBe(true);
  });

  it.each([-1, 12.5, 100_000_001, "100"])("rejects budget %p", (budgetCents) => {
    expect(errorsFor({ ...BASE_ANSWERS, budgetCents })).toHaveProperty(["budgetCents"]);
  });

  it("accepts no budget as null but not as a missing key", () => {
    expect(fitAnswersSchema.safeParse({ ...BASE_ANSWERS, budgetCents: null }).success).toBe(true);
    const { budgetCents: _omitted, ...rest } = BASE_ANSWERS;
    expect(errorsFor(rest)).toHaveProperty(["budgetCents"]);
  });

  it("puts a non-object body under _root", () => {
    expect(errorsFor("hello")).toEqual({ _root: expect.any(String) });
  });
});

describe("step schemas", () => {
  it("validate only their own step, ignoring the rest of the form state", () => {
    for (const schema of [safetyStepSchema, feetStepSchema, walkingStepSchema, backStepSchema, preferencesStepSchema]) {
      expect(schema.safeParse(BASE_ANSWERS).success).toBe(true);
    }
    const feet = feetStepSchema.safeParse({ ...BASE_ANSWERS, size: { system: "US", value: 30 }, cushion: "bogus" });
    expect(feet.success ? {} : fieldErrorsFrom(feet.error)).toEqual({
      "size.value": "Enter a US size from 4 to 16, in half sizes",
    });
  });

  it("report a missing safety answer by its path", () => {
    const { chestPain: _omitted, ...safety } = BASE_ANSWERS.safety;
    const result = safetyStepSchema.safeParse({ safety });
    expect(result.success ? {} : fieldErrorsFrom(result.error)).toEqual({
      "safety.chestPain": "Choose yes, no or not sure",
    });
  });
});
