import { findBannedPhrases } from "@/lib/fit/banned-phrases";
import { RESULTS_FOOTER_TEXT } from "@/lib/fit/footer";

describe("findBannedPhrases", () => {
  it.each([
    "Relieves back pain from the first step",
    "reduces pain on long walks",
    "Treats sciatica",
    "It cures back pain",
    "prevents back pain",
    "reduces your lower back pain",
    "fast back pain relief",
    "Made for sciatica sufferers: a shoe for sciatica",
    "for stenosis",
    "for herniated discs",
    "for a herniated disc",
    "aligns your spine",
    "corrects posture",
    "Clinically proven comfort",
    "clinically-proven",
    "30% more shock absorption",
    "40 % less impact",
    "podiatrist-prescribed insoles",
    "Insoles don't help but this relieves pain",
  ])("flags %p", (text) => {
    expect(findBannedPhrases(text).length).toBeGreaterThan(0);
  });

  it.each([
    RESULTS_FOOTER_TEXT,
    "Shoes and insoles haven't been shown to treat back pain.",
    "Insoles have not been shown to prevent back pain.",
    "No footwear is proven to prevent or treat low back pain.",
    "No shoe is clinically proven to help a back.",
    "A rocker-sole trial did not reduce back pain more than flat trainers.",
    "A cushioned, steady feel. Made in a true 4E width.",
    "Guidelines recommend staying active.",
    "A treat for tired feet after painful days",
    "Current pain scores",
  ])("allows %p", (text) => {
    expect(findBannedPhrases(text)).toEqual([]);
  });

  it("returns each match as written", () => {
    expect(findBannedPhrases("Comfy. Relieves back pain! Clinically proven.")).toEqual([
      "Relieves back pain",
      "Clinically proven",
    ]);
  });
});

describe("findBannedPhrases in source text", () => {
  it("keeps a negation across a wrapped line and through an HTML apostrophe", () => {
    expect(
      findBannedPhrases(
        "Shoes and insoles haven&apos;t been shown to\n          treat back pain; guidelines recommend",
      ),
    ).toEqual([]);
    expect(findBannedPhrases("Insoles haven’t been shown to prevent back pain")).toEqual([]);
  });

  it("doesn't carry a negation past a paragraph break, a list item or a tag", () => {
    expect(findBannedPhrases("Don't wait.\n\nRelieves back pain")).toEqual(["Relieves back pain"]);
    expect(findBannedPhrases("- not waterproof\n- relieves back pain")).toEqual(["relieves back pain"]);
    expect(findBannedPhrases("<p>Not heavy</p><p>Relieves back pain</p>")).toEqual(["Relieves back pain"]);
  });
});
