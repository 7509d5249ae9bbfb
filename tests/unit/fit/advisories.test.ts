import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import { ADVISORY_TEXT, chooseAdvisories } from "@/lib/fit/advisories";
import { chooseArticles } from "@/lib/fit/article-triggers";
import { findBannedPhrases } from "@/lib/fit/banned-phrases";
import { answersWith, BASE_ANSWERS } from "../../support/fit-answers";
import { ARTICLE_TITLES } from "./fixtures";

const painWith = (overrides: Partial<typeof BASE_ANSWERS.pain>) =>
  answersWith({ pain: { ...BASE_ANSWERS.pain, ...overrides } });
const idsFor = (answers: typeof BASE_ANSWERS) => chooseAdvisories(answers).map((a) => a.id);

describe("chooseAdvisories", () => {
  it("gives none for a short episode that's improving, no leg symptoms and no context", () => {
    expect(idsFor(BASE_ANSWERS)).toEqual([]);
  });

  it.each(["lt6w_not_improving", "6to12w", "gt12w"] as const)("duration %s gives ADV_DURATION", (duration) => {
    expect(idsFor(painWith({ duration }))).toEqual(["ADV_DURATION"]);
  });

  it.each([
    ["sit_or_bend", "ADV_LEG_SIT_BEND"],
    ["stop_standing", "ADV_CALF_STOP"],
    ["not_quickly", "ADV_LEG_SYMPTOMS"],
    ["unsure", "ADV_LEG_SYMPTOMS"],
    [undefined, "ADV_LEG_SYMPTOMS"],
  ] as const)("leg symptoms with walking eased by %s give %s, and only that one", (eases, id) => {
    expect(idsFor(painWith({ walkingEffect: "leg_symptoms", eases }))).toEqual([id]);
  });

  it("ignores what eases leg symptoms when walking doesn't bring them on", () => {
    expect(idsFor(painWith({ where: "both_legs", walkingEffect: "back_pain", eases: "sit_or_bend" }))).toEqual([]);
  });

  it("only often unsteady gives ADV_UNSTEADY", () => {
    expect(idsFor(answersWith({ unsteady: "often" }))).toEqual(["ADV_UNSTEADY"]);
    expect(idsFor(answersWith({ unsteady: "sometimes" }))).toEqual([]);
  });

  it("diabetes with numb feet and pregnancy each give their banner", () => {
    const answers = answersWith({ context: { diabetesNumbFeet: true, pregnant: true } });
    expect(idsFor(answers)).toEqual(["ADV_DIABETES_FEET", "ADV_PREGNANCY"]);
    expect(ADVISORY_TEXT.ADV_DIABETES_FEET).toContain("diabetes foot-care team");
  });

  it("uses the spec's neutral wording and names no condition", () => {
    expect(ADVISORY_TEXT.ADV_LEG_SIT_BEND).toContain("worth mentioning to a GP or physiotherapist");
    expect(ADVISORY_TEXT.ADV_CALF_STOP).toContain("worth getting checked, as it can relate to circulation");
    for (const text of Object.values(ADVISORY_TEXT)) {
      expect(text).not.toMatch(/sciatica|stenosis|claudication|herniat|disc|arthritis|neuropathy|diagnos/i);
      expect(findBannedPhrases(text)).toEqual([]);
    }
  });
});

describe("chooseArticles", () => {
  const slugsFor = (answers: typeof BASE_ANSWERS) =>
    chooseArticles(answers, chooseAdvisories(answers), ARTICLE_TITLES).map((a) => a.slug);

  it("always links measuring and, last, the warning signs", () => {
    expect(slugsFor(BASE_ANSWERS)).toEqual([ARTICLE_SLUGS.measureFeet, ARTICLE_SLUGS.warningSigns]);
  });

  it.each([
    ["lt10", true],
    ["10to30", true],
    ["30to60", false],
    ["60plus", false],
  ] as const)("walking %s: starting a routine linked = %s", (walkingMinutes, linked) => {
    expect(slugsFor(answersWith({ walkingMinutes })).includes(ARTICLE_SLUGS.startWalking)).toBe(linked);
  });

  it("leg symptoms with walking link pacing; any advisory links when to see a clinician", () => {
    expect(slugsFor(painWith({ walkingEffect: "leg_symptoms" }))).toEqual([
      ARTICLE_SLUGS.measureFeet,
      ARTICLE_SLUGS.pacingWalks,
      ARTICLE_SLUGS.seeClinician,
      ARTICLE_SLUGS.warningSigns,
    ]);
    expect(slugsFor(answersWith({ context: { diabetesNumbFeet: false, pregnant: true } }))).toContain(
      ARTICLE_SLUGS.seeClinician,
    );
  });

  it("takes titles from the map, with a built-in title when one is missing", () => {
    const links = chooseArticles(BASE_ANSWERS, [], { [ARTICLE_SLUGS.measureFeet]: "Measure up" });
    expect(links).toEqual([
      { slug: ARTICLE_SLUGS.measureFeet, title: "Measure up" },
      { slug: ARTICLE_SLUGS.warningSigns, title: "Warning signs that need medical care" },
    ]);
  });
});
