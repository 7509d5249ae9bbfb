/** @jest-environment-options {"template":"seeded"} */
import crypto from "node:crypto";
import { POST } from "@/app/api/fit/recommendations/route";
import { getDb } from "@/lib/db";
import type { FitItem } from "@/lib/fit/types";
import { getSavedResult } from "@/lib/quiz/get-saved-result";
import { answersWith, BASE_ANSWERS } from "../../support/fit-answers";
import { call, recommendationsRequest } from "./fit-http";

// The data behind /fit/results/[id]: the same picks later, with live stock and prices so the
// page can say when a picked shoe has since sold out; nothing at all for unknown or odd ids.

async function submit(answers = BASE_ANSWERS) {
  const { status, body } = await call(POST, recommendationsRequest(answers));
  expect(status).toBe(200);
  return body as {
    resultId: string;
    picks: FitItem[];
    alternatives: FitItem[];
    excluded: unknown[];
    footer: string;
    engine: unknown;
  };
}

describe("getSavedResult", () => {
  it("returns the same picks, lists and versions later, with the shareable answers", async () => {
    const body = await submit();
    const saved = await getSavedResult(body.resultId);
    expect(saved).not.toBeNull();
    expect(saved?.id).toBe(body.resultId);
    expect(saved?.result.picks).toEqual(body.picks);
    expect(saved?.result.alternatives).toEqual(body.alternatives);
    expect(saved?.result.excluded).toEqual(body.excluded);
    expect(saved?.result.footer).toBe(body.footer);
    expect(saved?.result.engine).toEqual(body.engine);
    expect(saved?.answers.size).toEqual(BASE_ANSWERS.size);
    expect(saved?.answers.width).toBe("very_tight");
    expect(saved?.createdAt).toBeInstanceOf(Date);
    // Live stock and price for every shown variant.
    for (const pick of body.picks) {
      expect(saved?.now[pick.variant.sku]).toEqual({
        stock: pick.variant.stock,
        priceCents: pick.product.priceCents,
        available: true,
      });
    }
  });

  it("reports a picked variant that has since sold out as stock 0, keeping the saved pick as it was", async () => {
    const body = await submit(answersWith({ cushion: "plush" }));
    const pick = body.picks[0]!;
    expect(pick.variant.stock).toBeGreaterThan(0);
    await getDb().variant.update({ where: { sku: pick.variant.sku }, data: { stock: 0 } });

    const saved = await getSavedResult(body.resultId);
    expect(saved?.now[pick.variant.sku]?.stock).toBe(0);
    expect(saved?.result.picks[0]).toEqual(pick);
  });

  it("reports a changed price for a picked variant", async () => {
    const body = await submit(answersWith({ cushion: "firm" }));
    const pick = body.picks[0]!;
    await getDb().variant.update({
      where: { sku: pick.variant.sku },
      data: { priceCentsOverride: pick.product.priceCents + 1000 },
    });
    const saved = await getSavedResult(body.resultId);
    expect(saved?.now[pick.variant.sku]?.priceCents).toBe(pick.product.priceCents + 1000);
  });

  it("leaves a variant out of `now` once its product is unpublished (the page says it is no longer listed)", async () => {
    const body = await submit(answersWith({ support: "more" }));
    const pick = body.picks[0]!;
    await getDb().product.update({ where: { slug: pick.product.slug }, data: { published: false } });
    const saved = await getSavedResult(body.resultId);
    expect(saved?.result.picks[0]).toEqual(pick);
    expect(saved?.now[pick.variant.sku]).toBeUndefined();
  });

  it.each([
    ["a well-formed id that was never issued", () => crypto.randomBytes(16).toString("base64url")],
    ["an empty id", () => ""],
    ["a short id", () => "abc"],
    ["an id one character too long", () => `${crypto.randomBytes(16).toString("base64url")}A`],
    ["padded base64", () => `${crypto.randomBytes(16).toString("base64")}`],
    ["a path traversal", () => "../../../../etc/passwd"],
    ["SQL", () => "' OR '1'='1' --           "],
    ["a 22-character id with a dot", () => "abcdefghijklmnopqrstu."],
  ])("returns null for %s", async (_label, makeId) => {
    await submit();
    expect(await getSavedResult(makeId())).toBeNull();
  });

  it("returns null for a saved id with one character changed", async () => {
    const { resultId } = await submit();
    const last = resultId.at(-1) === "A" ? "B" : "A";
    expect(await getSavedResult(resultId.slice(0, -1) + last)).toBeNull();
  });
});
