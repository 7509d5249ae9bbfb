/** @jest-environment-options {"template":"seeded"} */
import util from "node:util";
import { POST } from "@/app/api/fit/recommendations/route";
import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import { getDb } from "@/lib/db";
import type { FitAnswers } from "@/lib/fit/answers-schema";
import { SAFETY_ITEMS } from "@/lib/fit/safety-screen";
import { answersWith, NO_SAFETY_FLAGS } from "../../support/fit-answers";
import { call, recommendationsRequest } from "./fit-http";

// docs/product-spec.md §6 and §8.14: no safety or pain answer in the saved result, its share URL,
// or the server's output. The answers below are distinctive so a leak can't hide behind a common
// word.

const HEALTH_KEYS = [
  "safety",
  "pain",
  "context",
  "unsteady",
  "advisories",
  ...SAFETY_ITEMS.map((item) => item.field),
  "walkingEffect",
  "eases",
  "diabetesNumbFeet",
  "pregnant",
];
/** Health answer values that no non-health answer or catalog text uses. */
const HEALTH_VALUES = ["one_leg_below_knee", "leg_symptoms", "stop_standing", "gt12w", "often", "not_sure"];

const HEALTH_ANSWERS: Partial<FitAnswers> = {
  unsteady: "often",
  pain: { where: "one_leg_below_knee", walkingEffect: "leg_symptoms", eases: "stop_standing", duration: "gt12w" },
  context: { diabetesNumbFeet: true, pregnant: true },
  // Tier 2 "not sure" doesn't stop, so it reaches the saved result if anything leaks.
  safety: { ...NO_SAFETY_FLAGS, weightLoss: "not_sure", nightPain: "not_sure" },
};

/** Every object key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, child]) => [key, ...keysOf(child)]);
  return [];
}

/** Every string leaf anywhere in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

function expectNoHealthData(stored: unknown, advisoryTexts: string[]) {
  const keys = keysOf(stored);
  for (const key of HEALTH_KEYS) expect(keys).not.toContain(key);
  const strings = stringsOf(stored);
  for (const value of HEALTH_VALUES) expect(strings).not.toContain(value);
  const text = JSON.stringify(stored);
  for (const value of ["one_leg_below_knee", "leg_symptoms", "stop_standing", "gt12w"])
    expect(text).not.toContain(value);
  for (const advisory of advisoryTexts) expect(text).not.toContain(advisory);
  // Articles chosen because of pain answers or advisories would reveal them too.
  expect(text).not.toContain(ARTICLE_SLUGS.pacingWalks);
  expect(text).not.toContain(ARTICLE_SLUGS.seeClinician);
}

describe("§8.14 privacy: health answers are never stored, put in URLs or logged", () => {
  it("saves only non-health answers and results, though the response carries the advisories", async () => {
    const answers = answersWith(HEALTH_ANSWERS);
    const { status, body } = await call(POST, recommendationsRequest(answers));
    expect(status).toBe(200);
    expect(body.status).toBe("ok");

    // The response itself is for this shopper's browser only: it has the advisories and the
    // health-triggered articles, which proves these answers did reach the engine.
    const advisories = body.advisories as { id: string; text: string }[];
    expect(advisories.map((a) => a.id)).toEqual(
      expect.arrayContaining(["ADV_DURATION", "ADV_CALF_STOP", "ADV_UNSTEADY", "ADV_DIABETES_FEET", "ADV_PREGNANCY"]),
    );
    const articleSlugs = (body.articles as { slug: string }[]).map((a) => a.slug);
    expect(articleSlugs).toEqual(expect.arrayContaining([ARTICLE_SLUGS.pacingWalks, ARTICLE_SLUGS.seeClinician]));

    const row = await getDb().fitResult.findUniqueOrThrow({ where: { id: body.resultId as string } });
    expect(Object.keys(row.answers as object).sort()).toEqual([
      "arch",
      "budgetCents",
      "closure",
      "currentShoes",
      "cushion",
      "feetDiffer",
      "forefoot",
      "orthotics",
      "range",
      "size",
      "support",
      "surface",
      "walkingMinutes",
      "width",
    ]);
    const advisoryTexts = advisories.map((a) => a.text);
    expectNoHealthData(row.answers, advisoryTexts);
    expectNoHealthData(row.result, advisoryTexts);
    // The saved picks are the same shoes in the same order as the response.
    const skus = (items: unknown) => (items as { variant: { sku: string } }[]).map((item) => item.variant.sku);
    expect(skus((row.result as { picks: unknown }).picks)).toEqual(skus(body.picks));
  });

  it("stores no reason that only shows because of the steadiness answer (FEEL_STEADY)", async () => {
    const { body } = await call(
      POST,
      recommendationsRequest(
        answersWith({ ...HEALTH_ANSWERS, cushion: "firm", support: "more", currentShoes: "flat" }),
      ),
    );
    const responseReasonIds = (["picks", "alternatives", "fallbacks", "overBudget"] as const).flatMap((list) =>
      (body[list] as { reasons: { id: string }[] }[]).flatMap((item) => item.reasons.map((r) => r.id)),
    );
    // The shopper's own response may say why a shoe feels steady...
    expect(responseReasonIds).toContain("FEEL_STEADY");
    // ...but a share link must not reveal that they feel unsteady: the reason is dropped and
    // the rest of each item is kept as it was.
    const row = await getDb().fitResult.findUniqueOrThrow({ where: { id: body.resultId as string } });
    expect(JSON.stringify(row.result)).not.toContain("FEEL_STEADY");
    type Item = { variant: { sku: string }; score: number; reasons: { id: string }[] };
    const saved = (row.result as { picks: Item[] }).picks;
    const sent = body.picks as Item[];
    expect(saved.map((item) => [item.variant.sku, item.score])).toEqual(
      sent.map((item) => [item.variant.sku, item.score]),
    );
    saved.forEach((item, i) => {
      expect(item.reasons).toEqual(sent[i]!.reasons.filter((reason) => reason.id !== "FEEL_STEADY"));
    });
  });

  it("puts no answer in the share URL: it is /fit/results/ and a random id only", async () => {
    const { body } = await call(POST, recommendationsRequest(answersWith(HEALTH_ANSWERS)));
    expect(body.shareUrl).toMatch(/^\/fit\/results\/[A-Za-z0-9_-]{22}$/);
    for (const value of [...HEALTH_VALUES, ...HEALTH_KEYS]) expect(body.shareUrl).not.toContain(value);
  });

  it("writes no health answer, key or symptom to the console, stdout or stderr", async () => {
    const captured: string[] = [];
    const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
    const originalConsole = methods.map((method) => [method, console[method]] as const);
    const originalStdout = process.stdout.write;
    const originalStderr = process.stderr.write;
    const capture = (chunk: unknown) => {
      captured.push(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
      return true;
    };
    for (const method of methods) console[method] = (...args: unknown[]) => void captured.push(util.format(...args));
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    const statuses: string[] = [];
    try {
      // The capture works: anything written goes to `captured`.
      console.log("capture check");
      process.stderr.write("stderr check\n");
      const batch: FitAnswers[] = [
        answersWith(HEALTH_ANSWERS),
        answersWith({
          ...HEALTH_ANSWERS,
          pain: { where: "both_legs", walkingEffect: "leg_symptoms", eases: "sit_or_bend", duration: "6to12w" },
        }),
        answersWith({
          ...HEALTH_ANSWERS,
          safety: { ...NO_SAFETY_FLAGS, saddleNumbness: "yes", bladderBowelChange: "not_sure" },
        }),
        answersWith({ ...HEALTH_ANSWERS, safety: { ...NO_SAFETY_FLAGS, cancerHistory: "yes", infectionRisk: "yes" } }),
        answersWith({ ...HEALTH_ANSWERS, cushion: "squishy" as FitAnswers["cushion"] }),
      ];
      for (const answers of batch) {
        const { body } = await call(POST, recommendationsRequest(answers));
        statuses.push(String(body.status ?? body.error));
      }
    } finally {
      for (const [method, original] of originalConsole) console[method] = original;
      process.stdout.write = originalStdout;
      process.stderr.write = originalStderr;
    }
    expect(statuses).toEqual(["ok", "ok", "stop", "stop", "invalid_answers"]);
    const output = captured.join("\n");
    expect(output).toContain("capture check");
    expect(output).toContain("stderr check");
    for (const value of [...HEALTH_VALUES, "sit_or_bend", "both_legs", "6to12w", ...HEALTH_KEYS])
      expect(output).not.toContain(value);
    for (const item of SAFETY_ITEMS) expect(output).not.toContain(item.text);
  });
});
