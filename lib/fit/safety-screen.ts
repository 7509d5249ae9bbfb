import type { SafetyAnswers } from "./answers-schema";

// The safety screen (docs/product-spec.md §2) runs before anything else: a Tier 1 "yes" or
// "not sure", or a Tier 2 "yes", stops the quiz with no products at all.

export type StopTier = "emergency" | "urgent";
export type StoreRegion = "US" | "UK" | "EU";
export type SafetyStop = { tier: StopTier; symptoms: string[] };

type SafetyItem = { field: keyof SafetyAnswers; tier: 1 | 2; text: string };

/** In the spec's order, which is also the order symptoms are listed for a clinician. */
export const SAFETY_ITEMS: readonly SafetyItem[] = [
  { field: "saddleNumbness", tier: 1, text: "Numbness or tingling around the genitals, bottom or inner thighs" },
  { field: "bladderBowelChange", tier: 1, text: "New trouble starting, stopping or controlling pee or poo" },
  { field: "sexualFunctionChange", tier: 1, text: "New change in sexual function or genital feeling" },
  { field: "legWeakness", tier: 1, text: "Weakness in both legs, or leg weakness that's getting worse, or foot drop" },
  { field: "majorTrauma", tier: 1, text: "Back pain that started with a serious accident or fall" },
  { field: "chestPain", tier: 1, text: "Chest pain together with the back pain" },
  { field: "fever", tier: 2, text: "Fever, or feeling very unwell, with back pain" },
  { field: "weightLoss", tier: 2, text: "Losing weight without trying" },
  { field: "cancerHistory", tier: 2, text: "Ever had cancer, and this back pain is new" },
  { field: "nightPain", tier: 2, text: "Pain that doesn't ease with rest, or wakes you at night" },
  { field: "lumpOrShapeChange", tier: 2, text: "A lump in the back, or the back has changed shape" },
  {
    field: "infectionRisk",
    tier: 2,
    text: "Recent infection, injected drug use, weakened immune system or long-term steroids",
  },
];

/** Tier 1 "not sure" stops too: we can't rule an emergency out, so we send to same-day care. */
function stopTierFor(item: SafetyItem, answer: SafetyAnswers[keyof SafetyAnswers]): StopTier | null {
  if (answer === "yes") return item.tier === 1 ? "emergency" : "urgent";
  if (answer === "not_sure" && item.tier === 1) return "urgent";
  return null;
}

export function screenSafety(safety: SafetyAnswers): SafetyStop | null {
  const hits = SAFETY_ITEMS.flatMap((item) => {
    const tier = stopTierFor(item, safety[item.field]);
    return tier ? [{ tier, text: item.text }] : [];
  });
  if (hits.length === 0) return null;
  const tier: StopTier = hits.some((hit) => hit.tier === "emergency") ? "emergency" : "urgent";
  return { tier, symptoms: hits.map((hit) => hit.text) };
}

const EMERGENCY_NUMBER: Record<StoreRegion, string> = { US: "911", UK: "999", EU: "112" };

const REGION_NAME: Record<StoreRegion, string> = { US: "the US", UK: "the UK", EU: "the EU" };

/** The stop wording (docs/product-spec.md §2.5), plus the number for the store's region. */
export function stopMessage(tier: StopTier, region: StoreRegion): string {
  if (tier === "emergency") {
    return (
      "Please call your emergency number or go to an emergency department now " +
      `(in ${REGION_NAME[region]}, call ${EMERGENCY_NUMBER[region]}). Show them the answers listed below.`
    );
  }
  return "Please contact your doctor today or an urgent care service. Show them the answers listed below.";
}
