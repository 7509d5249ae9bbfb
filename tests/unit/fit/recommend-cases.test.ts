import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import { findBannedPhrases } from "@/lib/fit/banned-phrases";
import { RESULTS_FOOTER_TEXT } from "@/lib/fit/footer";
import { recommend } from "@/lib/fit/recommend";
import { scoreProduct } from "@/lib/fit/soft-score";
import type { FitItem } from "@/lib/fit/types";
import { answersWith, BASE_ANSWERS } from "../../support/fit-answers";
import { OPTIONS, productBySlug, SNAPSHOT, snapshotWithout } from "./fixtures";
import { outputTexts, recommendOk, shownItems, slugsOf } from "./outcome-helpers";

// The cases of docs/product-spec.md §8 at the engine level (the HTTP layer has its own tests).

const safetyWith = (overrides: Partial<typeof BASE_ANSWERS.safety>) =>
  answersWith({ safety: { ...BASE_ANSWERS.safety, ...overrides } });
const painWith = (overrides: Partial<typeof BASE_ANSWERS.pain>) =>
  answersWith({ pain: { ...BASE_ANSWERS.pain, ...overrides } });

/** The stocked variant behind an item, so tests check the catalog, not the engine's copy of it. */
function stockedVariant(item: FitItem) {
  const variant = productBySlug(item.product.slug).variants.find((v) => v.sku === item.variant.sku);
  if (!variant) throw new Error(`unknown sku ${item.variant.sku}`);
  return variant;
}

/** The label each brand's chart gives a men's US 11 (285.5 mm) foot: Northpath runs small. */
const MENS_11_LABEL: Record<string, string> = { stridewell: "11", kindfoot: "11", northpath: "11.5" };

describe("§8 cases", () => {
  it("§8.1 Tier 1 yes gives an emergency stop, with no products and nothing to save", () => {
    const outcome = recommend(safetyWith({ saddleNumbness: "yes" }), SNAPSHOT, OPTIONS);
    expect(outcome).toEqual({
      status: "stop",
      stop: { tier: "emergency", symptoms: ["Numbness or tingling around the genitals, bottom or inner thighs"] },
    });
    expect(Object.keys(outcome).sort()).toEqual(["status", "stop"]);
    expect(outcome).not.toHaveProperty("picks");
  });

  it("§8.2 Tier 1 not sure gives an urgent stop", () => {
    const outcome = recommend(safetyWith({ bladderBowelChange: "not_sure" }), SNAPSHOT, OPTIONS);
    expect(outcome).toEqual({
      status: "stop",
      stop: { tier: "urgent", symptoms: ["New trouble starting, stopping or controlling pee or poo"] },
    });
  });

  it("§8.3 Tier 2 yes gives an urgent stop", () => {
    const outcome = recommend(safetyWith({ weightLoss: "yes" }), SNAPSHOT, OPTIONS);
    expect(outcome).toEqual({ status: "stop", stop: { tier: "urgent", symptoms: ["Losing weight without trying"] } });
  });

  it("§8.4 men's US 11 very tight picks only in-stock 4E variants in the brand's size for that foot", () => {
    const outcome = recommendOk(BASE_ANSWERS);
    expect(outcome.picks.length).toBe(3);
    for (const item of [...outcome.picks, ...outcome.alternatives]) {
      const variant = stockedVariant(item);
      expect(variant).toMatchObject({ fitRange: "men", width: "4E" });
      expect(variant.stock).toBeGreaterThan(0);
      expect(item.variant).toEqual({ sku: variant.sku, size: variant.size, width: "4E", stock: variant.stock });
      expect(item.variant.size).toBe(MENS_11_LABEL[productBySlug(item.product.slug).brandSlug]);
      expect(item.reasons[0]).toEqual({
        id: "FIT_WIDTH",
        text: `Made in a true 4E (extra wide) width, in stock in your size ${item.variant.size}`,
      });
    }
  });

  it("§8.4 with no 4E in stock, there are no picks and the fallbacks say so, labelled", () => {
    const outcome = recommendOk(BASE_ANSWERS, snapshotWithout("men", "4E"));
    expect(outcome.picks).toEqual([]);
    expect(outcome.alternatives).toEqual([]);
    expect(slugsOf(outcome.fallbacks)).toEqual(["roomy-six"]);
    const [fallback] = outcome.fallbacks;
    expect(fallback?.variant).toMatchObject({ size: "11", width: "6E" });
    expect(fallback?.notes[0]).toEqual({
      id: "NOTE_WIDTH_FALLBACK",
      text: "Not in stock in 4E (extra wide) in your size 11: this is the next roomier width, 6E (XX wide). Try it on to check the heel doesn't slip.",
    });
    expect(outcome.excluded.map((e) => e.ruleId)).toEqual(["H_WIDTH", "H_WIDTH", "H_WIDTH"]);
  });

  it("§8.4 a product with 4E in stock is never offered as a fallback", () => {
    const outcome = recommendOk(BASE_ANSWERS);
    expect(slugsOf(outcome.fallbacks)).toEqual(["roomy-six"]);
  });

  it("§8.5 women's bit tight picks the D width, in women's labels", () => {
    const outcome = recommendOk(answersWith({ range: "women", size: { system: "US", value: 9 }, width: "bit_tight" }));
    expect(outcome.picks.length).toBeGreaterThanOrEqual(2);
    for (const item of [...outcome.picks, ...outcome.alternatives]) {
      expect(item.variant.width).toBe("D");
      expect(stockedVariant(item).fitRange).toBe("women");
      expect(item.reasons[0]?.text).toContain("D (wide)");
    }
    expect(slugsOf(outcome.picks)).not.toContain("daily-walker");
  });

  it("§8.6 orthotics: every pick has a removable insole and the glued favourite is close but not shown", () => {
    const likes = { support: "more", cushion: "plush" } as const;
    expect(slugsOf(recommendOk(answersWith(likes)).picks)).toContain("comfort-favourite");

    const outcome = recommendOk(answersWith({ ...likes, orthotics: "custom" }));
    for (const item of shownItems(outcome)) {
      expect(productBySlug(item.product.slug).removableInsole).toBe(true);
      expect(item.reasons.map((r) => r.id)).toContain("FIT_ORTHOTIC");
    }
    expect(outcome.excluded[0]).toEqual({
      product: { slug: "comfort-favourite", name: "Comfort Favourite" },
      ruleId: "H_INSOLE",
      text: "The insole is glued in, so your own insoles or orthotics won't fit",
    });
  });

  it("§8.7 unsteady often with plush: pronounced rockers rank lower, with an advisory", () => {
    const steady = recommendOk(answersWith({ cushion: "plush" }));
    const unsteady = recommendOk(answersWith({ cushion: "plush", unsteady: "often" }));
    expect(slugsOf(steady.picks).slice(0, 2)).toEqual(["glide-rocker", "cloud-plush"]);
    expect(slugsOf(unsteady.picks)[0]).toBe("cloud-plush");
    expect(slugsOf(shownItems(unsteady))).not.toContain("glide-rocker");

    const often = answersWith({ cushion: "plush", unsteady: "often" });
    const rocker = scoreProduct(productBySlug("glide-rocker"), often);
    const twin = scoreProduct(productBySlug("cloud-plush"), often);
    expect(rocker.rockerPenalty).toBe(5);
    expect(rocker.parts.steadiness).toBe(0.2);
    expect(twin.score - rocker.score).toBe(10); // 5 steadiness points plus the 5-point rocker rule

    expect(unsteady.advisories.map((a) => a.id)).toEqual(["ADV_UNSTEADY"]);
    expect(unsteady.articles.map((a) => a.slug)).toContain(ARTICLE_SLUGS.seeClinician);
    expect(steady.advisories).toEqual([]);
  });

  it("§8.8 walking brings on back pain: the rocker penalty applies and no copy links a shoe to relief", () => {
    const plain = recommendOk(answersWith({ cushion: "plush" }));
    const backPain = recommendOk(
      answersWith({ cushion: "plush", pain: { ...BASE_ANSWERS.pain, walkingEffect: "back_pain" } }),
    );
    const scoreOf = (items: FitItem[], slug: string) => items.find((i) => i.product.slug === slug)?.score;
    expect(scoreOf(plain.picks, "glide-rocker")).toBe(100);
    expect(scoreOf(backPain.picks, "glide-rocker")).toBe(95);
    expect(slugsOf(backPain.picks).slice(0, 2)).toEqual(["cloud-plush", "recovery-slide"]);
    for (const text of outputTexts(backPain)) {
      expect(findBannedPhrases(text)).toEqual([]);
      expect(text).not.toMatch(/relie[fv]/i);
    }
  });

  it("§8.9 leg symptoms eased by sitting give an advisory and the pacing article, with an identical ranking", () => {
    const leg = {
      where: "both_legs",
      walkingEffect: "leg_symptoms",
      eases: "sit_or_bend",
      duration: "lt6w_improving",
    } as const;
    const withLeg = recommendOk(answersWith({ pain: leg }));
    const without = recommendOk(BASE_ANSWERS);
    expect(withLeg.advisories).toEqual([
      { id: "ADV_LEG_SIT_BEND", text: expect.stringContaining("worth mentioning to a GP or physiotherapist") },
    ]);
    expect(withLeg.articles.map((a) => a.slug)).toEqual([
      ARTICLE_SLUGS.measureFeet,
      ARTICLE_SLUGS.pacingWalks,
      ARTICLE_SLUGS.seeClinician,
      ARTICLE_SLUGS.warningSigns,
    ]);
    for (const list of ["picks", "alternatives", "fallbacks", "overBudget", "excluded"] as const) {
      expect(withLeg[list]).toEqual(without[list]);
    }
  });

  it("§8.9 calf symptoms eased by stopping get their own neutral wording", () => {
    const outcome = recommendOk(painWith({ walkingEffect: "leg_symptoms", eases: "stop_standing" }));
    expect(outcome.advisories).toEqual([
      { id: "ADV_CALF_STOP", text: expect.stringContaining("can relate to circulation") },
    ]);
  });

  it("§8.10 heeled current shoes: a 0 mm drop shoe scores 0 on drop and carries a transition note", () => {
    const answers = answersWith({
      currentShoes: "heeled",
      cushion: "firm",
      closure: "slip_on",
      forefoot: "cramped_toes",
    });
    expect(scoreProduct(productBySlug("zero-flat"), answers).parts.drop).toBe(0);
    const outcome = recommendOk(answers);
    const flat = outcome.picks.find((i) => i.product.slug === "zero-flat");
    expect(flat?.notes).toContainEqual({
      id: "NOTE_DROP_TRANSITION",
      text: expect.stringContaining("0 mm heel-to-toe drop"),
    });
    const daily = outcome.picks.find((i) => i.product.slug === "daily-walker"); // 8 mm drop: within 4 mm of 10–12
    expect(daily?.notes.map((n) => n.id)).not.toContain("NOTE_DROP_TRANSITION");
  });

  it("§8.11 a budget below every match gives no picks and at most 2 labelled over-budget shoes", () => {
    const outcome = recommendOk(answersWith({ budgetCents: 5000 })); // $50.00; the cheapest match is $60.00
    expect(outcome.picks).toEqual([]);
    expect(outcome.overBudget).toHaveLength(2);
    for (const item of outcome.overBudget) {
      expect(item.product.priceCents).toBeGreaterThan(5000);
      const over = (item.product.priceCents - 5000) / 100;
      expect(item.notes[0]).toEqual({ id: "NOTE_OVER_BUDGET", text: `Over your budget by $${over.toFixed(2)}.` });
    }
  });

  it("§8.11 a budget between prices keeps picks within budget, plus at most 2 over", () => {
    const outcome = recommendOk(answersWith({ budgetCents: 10000 })); // $100.00
    expect(slugsOf(outcome.picks)).toEqual(["recovery-slide", "zero-flat"]);
    for (const item of [...outcome.picks, ...outcome.alternatives, ...outcome.fallbacks])
      expect(item.product.priceCents).toBeLessThanOrEqual(10000);
    expect(outcome.overBudget.length).toBeLessThanOrEqual(2);
    for (const item of outcome.overBudget) expect(item.product.priceCents).toBeGreaterThan(10000);
  });

  it("§8.12 determinism: the same answers twice give the same list, order and reason ids", () => {
    const answers = answersWith({ cushion: "plush", unsteady: "sometimes", orthotics: "off_the_shelf" });
    const first = recommend(answers, SNAPSHOT, OPTIONS);
    expect(recommend(answers, SNAPSHOT, OPTIONS)).toEqual(first);
    const reordered = { ...SNAPSHOT, products: [...SNAPSHOT.products].reverse() };
    expect(recommend(answers, reordered, OPTIONS)).toEqual(first);
  });

  it("§8.13 the footer is always present, mentions staying active, and no output text has a banned phrase", () => {
    for (const answers of [
      BASE_ANSWERS,
      answersWith({ range: "both", width: "unsure", feetDiffer: "more" }),
      painWith({ duration: "gt12w" }),
    ]) {
      const outcome = recommendOk(answers);
      expect(outcome.footer).toBe(RESULTS_FOOTER_TEXT);
      expect(outcome.footer).toMatch(/staying active/);
      expect(outputTexts(outcome).flatMap(findBannedPhrases)).toEqual([]);
    }
  });
});

describe("engine details", () => {
  it("range both considers men's and women's labels and says which", () => {
    const outcome = recommendOk(answersWith({ range: "both", size: { footLengthMm: 256 }, width: "unsure" }));
    const ranges = new Set(shownItems(outcome).map((item) => stockedVariant(item).fitRange));
    expect(ranges).toEqual(new Set(["women"]));
    const first = outcome.picks[0];
    expect(first?.notes.map((n) => n.id)).toEqual(["NOTE_SIZE_LABELS", "NOTE_WIDTH_UNSURE"]);
    expect(first?.notes[0]?.text).toBe(`Sized in women's labels: this is a women's size ${first?.variant.size}.`);
  });

  it("alternatives contrast with every pick on support or cushion band", () => {
    const outcome = recommendOk(BASE_ANSWERS);
    expect(outcome.alternatives.length).toBeGreaterThan(0);
    const band = (level: number) => (level >= 4 ? "plush" : level === 3 ? "balanced" : "firm");
    const pickSupports = new Set(outcome.picks.map((i) => productBySlug(i.product.slug).support));
    const pickBands = new Set(outcome.picks.map((i) => band(productBySlug(i.product.slug).cushionLevel)));
    for (const item of outcome.alternatives) {
      const product = productBySlug(item.product.slug);
      expect(!pickSupports.has(product.support) || !pickBands.has(band(product.cushionLevel))).toBe(true);
      expect(item.notes[0]?.id).toBe("NOTE_ALTERNATIVE");
    }
  });

  it("every pick carries at most three reasons, led by the width fit", () => {
    for (const item of recommendOk(answersWith({ orthotics: "custom" })).picks) {
      expect(item.reasons.length).toBeLessThanOrEqual(3);
      expect(item.reasons.map((r) => r.id).slice(0, 2)).toEqual(["FIT_WIDTH", "FIT_ORTHOTIC"]);
    }
  });

  it("tie-breaks on widths in stock, then price, then name", () => {
    const twin = { ...productBySlug("daily-walker"), slug: "daily-walker-b", name: "Another Walker", id: "b" };
    const fewerWidths = {
      ...twin,
      slug: "daily-walker-c",
      name: "A Walker",
      variants: twin.variants.filter((v) => v.width === "4E"),
    };
    const pricier = {
      ...twin,
      slug: "daily-walker-d",
      name: "Aardvark Walker",
      variants: twin.variants.map((v) => ({ ...v, priceCents: 12100 })),
    };
    const snapshot = { ...SNAPSHOT, products: [fewerWidths, pricier, productBySlug("daily-walker"), twin] };
    expect(slugsOf(recommendOk(BASE_ANSWERS, snapshot).picks)).toEqual([
      "daily-walker-b",
      "daily-walker",
      "daily-walker-d",
    ]);
  });

  it("notes a foot at the top of a label, feet that differ, and a brand that sizes differently", () => {
    // 287 mm is the top of Stridewell's men's 11 (284–287 mm).
    const outcome = recommendOk(answersWith({ size: { footLengthMm: 287 }, feetDiffer: "half" }));
    const daily = outcome.picks.find((i) => i.product.slug === "daily-walker");
    expect(daily?.variant.size).toBe("11");
    expect(daily?.notes.map((n) => n.id)).toEqual(["NOTE_BETWEEN_SIZES", "NOTE_FEET_DIFFER"]);
    const trek = shownItems(recommendOk(BASE_ANSWERS)).find((i) => i.product.slug === "stable-trek");
    expect(trek?.reasons).toContainEqual({
      id: "FIT_SIZE",
      text: "This brand sizes differently: its size 11.5 fits your 286 mm foot",
    });
  });

  it("lists at most three close-but-not-shown products, single misses first, never a wrong range", () => {
    // Comfort Favourite scores 100 but misses twice (glued insole, over budget): less close
    // than the products that are only over budget.
    const outcome = recommendOk(
      answersWith({ orthotics: "custom", budgetCents: 11000, cushion: "plush", support: "more" }),
    );
    expect(outcome.excluded.map((e) => `${e.product.slug}:${e.ruleId}`)).toEqual([
      "cloud-plush:H_BUDGET",
      "stable-trek:H_BUDGET",
      "daily-walker:H_BUDGET",
    ]);
    const shown = new Set(slugsOf(shownItems(outcome)));
    for (const e of outcome.excluded) expect(shown.has(e.product.slug)).toBe(false);
    expect(slugsOf(outcome.overBudget)).toEqual(["premium-walker", "glide-rocker"]);
  });

  it("orders reasons by what they earned: hard facts first, a same-as-usual size last", () => {
    const daily = recommendOk(BASE_ANSWERS).picks.find((i) => i.product.slug === "daily-walker");
    expect(daily?.reasons).toEqual([
      { id: "FIT_WIDTH", text: "Made in a true 4E (extra wide) width, in stock in your size 11" },
      { id: "FEEL_CUSHION", text: "Balanced cushioning: neither soft nor firm" },
      { id: "FEEL_SUPPORT", text: "A neutral feel, with no added support structure" },
    ]);
  });
});
