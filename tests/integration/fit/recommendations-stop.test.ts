/** @jest-environment-options {"template":"seeded"} */
import { POST } from "@/app/api/fit/recommendations/route";
import { getDb } from "@/lib/db";
import { SAFETY_ITEMS } from "@/lib/fit/safety-screen";
import { answersWith, NO_SAFETY_FLAGS } from "../../support/fit-answers";
import { call, dailyCounts, recommendationsRequest } from "./fit-http";

// docs/product-spec.md §2 and §8.1–3 over HTTP: a stop answers 200 {status:"stop", stop:{...}} with
// no products and no result id, saves nothing, and only bumps the anonymous counter for its tier.

const withSafety = (overrides: Partial<typeof NO_SAFETY_FLAGS>) =>
  answersWith({ safety: { ...NO_SAFETY_FLAGS, ...overrides } });
const symptomText = (field: keyof typeof NO_SAFETY_FLAGS) => SAFETY_ITEMS.find((item) => item.field === field)?.text;

async function expectStop(answers: ReturnType<typeof withSafety>, tier: "emergency" | "urgent") {
  const savedBefore = await getDb().fitResult.count();
  const countsBefore = await dailyCounts();
  const { status, body } = await call(POST, recommendationsRequest(answers));
  expect(status).toBe(200);
  expect(Object.keys(body).sort()).toEqual(["status", "stop"]);
  expect(body.status).toBe("stop");
  expect(body).not.toHaveProperty("picks");
  expect(body).not.toHaveProperty("resultId");
  expect(body).not.toHaveProperty("shareUrl");
  const stop = body.stop as { tier: string; message: string; symptoms: string[] };
  expect(Object.keys(stop).sort()).toEqual(["message", "symptoms", "tier"]);
  expect(stop.tier).toBe(tier);
  expect(await getDb().fitResult.count()).toBe(savedBefore);
  const countsAfter = await dailyCounts();
  const kind = tier === "emergency" ? "stop_emergency" : "stop_urgent";
  const other = tier === "emergency" ? "stop_urgent" : "stop_emergency";
  expect(countsAfter[kind]).toBe(countsBefore[kind] + 1);
  expect(countsAfter[other]).toBe(countsBefore[other]);
  expect(countsAfter.completed).toBe(countsBefore.completed);
  return stop;
}

describe("POST /api/fit/recommendations: safety stops", () => {
  const region = process.env.STORE_REGION;
  afterEach(() => {
    if (region === undefined) delete process.env.STORE_REGION;
    else process.env.STORE_REGION = region;
  });

  it("§8.1: a Tier 1 yes stops with the emergency message (911 by default), the symptoms, and nothing saved", async () => {
    delete process.env.STORE_REGION;
    const stop = await expectStop(withSafety({ saddleNumbness: "yes", fever: "yes" }), "emergency");
    expect(stop.message).toContain("911");
    expect(stop.message).toMatch(/emergency/i);
    expect(stop.symptoms).toEqual([symptomText("saddleNumbness"), symptomText("fever")]);
  });

  it("§8.2: a Tier 1 not sure stops with same-day care wording", async () => {
    const stop = await expectStop(withSafety({ chestPain: "not_sure" }), "urgent");
    expect(stop.message).toMatch(/doctor today|urgent care/i);
    expect(stop.message).not.toContain("911");
    expect(stop.symptoms).toEqual([symptomText("chestPain")]);
  });

  it("§8.3: a Tier 2 yes stops with same-day care wording", async () => {
    const stop = await expectStop(withSafety({ nightPain: "yes" }), "urgent");
    expect(stop.message).toMatch(/doctor today|urgent care/i);
    expect(stop.symptoms).toEqual([symptomText("nightPain")]);
  });

  it("a Tier 2 not sure does not stop", async () => {
    const { status, body } = await call(POST, recommendationsRequest(withSafety({ weightLoss: "not_sure" })));
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
  });

  it.each([
    ["UK", "999"],
    ["EU", "112"],
  ])("uses the emergency number of STORE_REGION=%s (%s)", async (storeRegion, number) => {
    process.env.STORE_REGION = storeRegion;
    // getEnv() caches the parsed environment per DATABASE_URL for the life of the module, so the
    // route is loaded afresh to read the changed region (as a restarted server would).
    let fresh: typeof POST | undefined;
    await jest.isolateModulesAsync(async () => {
      fresh = (await import("@/app/api/fit/recommendations/route")).POST;
    });
    const { status, body } = await call(fresh!, recommendationsRequest(withSafety({ legWeakness: "yes" })));
    expect(status).toBe(200);
    const stop = body.stop as { tier: string; message: string };
    expect(stop.tier).toBe("emergency");
    expect(stop.message).toContain(number);
    expect(stop.message).not.toContain("911");
  });
});
