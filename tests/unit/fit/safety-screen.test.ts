import { SAFETY_ITEMS, screenSafety, stopMessage } from "@/lib/fit/safety-screen";
import { BASE_ANSWERS } from "../../support/fit-answers";

const safetyWith = (overrides: Partial<typeof BASE_ANSWERS.safety>) => ({ ...BASE_ANSWERS.safety, ...overrides });

describe("screenSafety", () => {
  it("lets all-no answers through", () => {
    expect(screenSafety(BASE_ANSWERS.safety)).toBeNull();
  });

  it("lets a Tier 2 'not sure' through", () => {
    expect(screenSafety(safetyWith({ nightPain: "not_sure", weightLoss: "not_sure" }))).toBeNull();
  });

  it.each(SAFETY_ITEMS.filter((item) => item.tier === 1))(
    "Tier 1 $field: yes → emergency, not sure → urgent",
    ({ field, text }) => {
      expect(screenSafety(safetyWith({ [field]: "yes" }))).toEqual({ tier: "emergency", symptoms: [text] });
      expect(screenSafety(safetyWith({ [field]: "not_sure" }))).toEqual({ tier: "urgent", symptoms: [text] });
    },
  );

  it.each(SAFETY_ITEMS.filter((item) => item.tier === 2))("Tier 2 $field: yes → urgent", ({ field, text }) => {
    expect(screenSafety(safetyWith({ [field]: "yes" }))).toEqual({ tier: "urgent", symptoms: [text] });
  });

  it("takes the most serious tier and lists every symptom in the screen's order", () => {
    const stop = screenSafety(safetyWith({ fever: "yes", chestPain: "yes", legWeakness: "not_sure" }));
    expect(stop).toEqual({
      tier: "emergency",
      symptoms: [
        "Weakness in both legs, or leg weakness that's getting worse, or foot drop",
        "Chest pain together with the back pain",
        "Fever, or feeling very unwell, with back pain",
      ],
    });
  });

  it("covers all twelve spec items, six per tier", () => {
    expect(SAFETY_ITEMS.filter((i) => i.tier === 1)).toHaveLength(6);
    expect(SAFETY_ITEMS.filter((i) => i.tier === 2)).toHaveLength(6);
    expect(new Set(SAFETY_ITEMS.map((i) => i.field)).size).toBe(12);
  });
});

describe("stopMessage", () => {
  it.each([
    ["US", "911"],
    ["UK", "999"],
    ["EU", "112"],
  ] as const)("emergency wording in %s uses %s", (region, number) => {
    const message = stopMessage("emergency", region);
    expect(message).toContain("call your emergency number or go to an emergency department now");
    expect(message).toContain(number);
  });

  it("urgent wording sends to same-day care without an emergency number", () => {
    const message = stopMessage("urgent", "UK");
    expect(message).toContain("contact your doctor today or an urgent care service");
    expect(message).not.toMatch(/999|911|112/);
  });
});
