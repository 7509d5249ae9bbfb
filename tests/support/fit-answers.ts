import type { FitAnswers } from "@/lib/fit/answers-schema";

// The quiz answers every fit test starts from, shared by the engine's unit tests, the fit API
// tests, the browser tests and the benchmark.

export const NO_SAFETY_FLAGS: FitAnswers["safety"] = {
  saddleNumbness: "no",
  bladderBowelChange: "no",
  sexualFunctionChange: "no",
  legWeakness: "no",
  majorTrauma: "no",
  chestPain: "no",
  fever: "no",
  weightLoss: "no",
  cancerHistory: "no",
  nightPain: "no",
  lumpOrShapeChange: "no",
  infectionRisk: "no",
};

/**
 * Men's US 11, very tight across the ball (4E), no red flags, no budget. These always get picks:
 * in the seeded demo catalog (prisma/seed-data/variants.ts pins several men's 11 4E variants in
 * stock) and in the unit tests' catalog (tests/unit/fit/fixtures.ts).
 */
export const BASE_ANSWERS: FitAnswers = {
  safety: NO_SAFETY_FLAGS,
  range: "men",
  size: { system: "US", value: 11 },
  feetDiffer: "no",
  width: "very_tight",
  forefoot: "none",
  arch: "medium",
  orthotics: "none",
  walkingMinutes: "30to60",
  surface: "pavement",
  currentShoes: "trainers",
  unsteady: "no",
  pain: { where: "back_only", walkingEffect: "helps_or_none", duration: "lt6w_improving" },
  context: { diabetesNumbFeet: false, pregnant: false },
  cushion: "balanced",
  support: "neutral",
  closure: "any",
  budgetCents: null,
};

/** The base answers with some fields replaced. */
export function answersWith(overrides: Partial<FitAnswers>): FitAnswers {
  return { ...BASE_ANSWERS, ...overrides };
}
