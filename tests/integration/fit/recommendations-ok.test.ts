/** @jest-environment-options {"template":"seeded"} */
import { POST } from "@/app/api/fit/recommendations/route";
import { getDb } from "@/lib/db";
import { ENGINE_VERSION, RULESET_VERSION } from "@/lib/fit/versions";
import { RESULTS_FOOTER_TEXT } from "@/lib/fit/footer";
import { answersWith, BASE_ANSWERS } from "../../support/fit-answers";
import { call, dailyCount, recommendationsRequest } from "./fit-http";

// docs/product-spec.md §7.3: the ok response of POST /api/fit/recommendations, exactly as the
// contract says, and what a completed quiz leaves behind (one saved result, one anonymous count).

const OK_KEYS = [
  "status",
  "picks",
  "alternatives",
  "fallbacks",
  "overBudget",
  "excluded",
  "advisories",
  "articles",
  "footer",
  "resultId",
  "shareUrl",
  "engine",
].sort();
const RESULT_ID = /^[A-Za-z0-9_-]{22}$/;

type Item = {
  product: Record<string, unknown>;
  variant: Record<string, unknown>;
  score: unknown;
  reasons: unknown[];
  notes: unknown[];
};

function expectIdText(entry: unknown, idPattern: RegExp) {
  expect(Object.keys(entry as object).sort()).toEqual(["id", "text"]);
  const { id, text } = entry as { id: unknown; text: unknown };
  expect(id).toMatch(idPattern);
  expect(typeof text).toBe("string");
  expect((text as string).length).toBeGreaterThan(0);
}

function expectItemShape(item: Item) {
  expect(Object.keys(item).sort()).toEqual(["notes", "product", "reasons", "score", "variant"]);
  expect(Object.keys(item.product).sort()).toEqual(["brand", "currency", "name", "priceCents", "slug"]);
  expect(item.product).toEqual({
    slug: expect.any(String),
    name: expect.any(String),
    brand: expect.any(String),
    priceCents: expect.any(Number),
    currency: expect.stringMatching(/^[a-z]{3}$/),
  });
  expect(Number.isInteger(item.product.priceCents)).toBe(true);
  expect(Object.keys(item.variant).sort()).toEqual(["size", "sku", "stock", "width"]);
  expect(item.variant).toEqual({
    sku: expect.any(String),
    size: expect.any(String),
    width: expect.stringMatching(/^(4A|2A|B|D|2E|4E|6E)$/),
    stock: expect.any(Number),
  });
  expect(typeof item.score).toBe("number");
  expect(item.score).toBeGreaterThanOrEqual(0);
  expect(item.score).toBeLessThanOrEqual(100);
  expect(item.reasons.length).toBeGreaterThan(0);
  expect(item.reasons.length).toBeLessThanOrEqual(3);
  for (const reason of item.reasons) expectIdText(reason, /^(FIT|FEEL|USE)_[A-Z_]+$/);
  for (const note of item.notes) expectIdText(note, /^NOTE_[A-Z_]+$/);
}

describe("POST /api/fit/recommendations: 200 ok", () => {
  it("answers with exactly the contract's keys and item shapes", async () => {
    const { status, body } = await call(POST, recommendationsRequest(BASE_ANSWERS));
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(OK_KEYS);
    expect(body.status).toBe("ok");
    expect(body.engine).toEqual({ version: ENGINE_VERSION, ruleset: RULESET_VERSION });
    expect(body.footer).toBe(RESULTS_FOOTER_TEXT);

    const picks = body.picks as Item[];
    expect(picks.length).toBeGreaterThan(0);
    expect(picks.length).toBeLessThanOrEqual(3);
    for (const list of ["picks", "alternatives", "fallbacks", "overBudget"] as const) {
      expect(Array.isArray(body[list])).toBe(true);
      for (const item of body[list] as Item[]) expectItemShape(item);
    }
    const excluded = body.excluded as Record<string, unknown>[];
    expect(excluded.length).toBeLessThanOrEqual(3);
    for (const item of excluded) {
      expect(Object.keys(item).sort()).toEqual(["product", "ruleId", "text"]);
      expect(item.ruleId).toMatch(/^H_(RANGE|SIZE|WIDTH|INSOLE|BUDGET)$/);
      expect(Object.keys(item.product as object).sort()).toEqual(["name", "slug"]);
    }
    for (const advisory of body.advisories as unknown[]) expectIdText(advisory, /^ADV_[A-Z_]+$/);
    const articles = body.articles as Record<string, unknown>[];
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      expect(Object.keys(article).sort()).toEqual(["slug", "title"]);
      expect(article.title).toEqual(expect.any(String));
    }
  });

  it("picks only in-stock men's variants in the needed 4E width, as the database holds them", async () => {
    const { body } = await call(POST, recommendationsRequest(BASE_ANSWERS));
    const picks = body.picks as Item[];
    expect(picks.length).toBeGreaterThan(0);
    for (const pick of picks) {
      const row = await getDb().variant.findUniqueOrThrow({
        where: { sku: pick.variant.sku as string },
        include: { product: true },
      });
      expect(row.widthCode).toBe("4E");
      expect(row.fitRange).toBe("men");
      expect(row.stock).toBeGreaterThan(0);
      expect(pick.variant.stock).toBe(row.stock);
      expect(pick.variant.size).toBe(row.sizeLabel);
      expect(pick.product.slug).toBe(row.product.slug);
    }
  });

  it("gives a 22-character base64url resultId, unique per call, and shareUrl /fit/results/<resultId>", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const { body } = await call(POST, recommendationsRequest(BASE_ANSWERS));
      expect(body.resultId).toMatch(RESULT_ID);
      expect(body.shareUrl).toBe(`/fit/results/${body.resultId as string}`);
      ids.add(body.resultId as string);
    }
    expect(ids.size).toBe(5);
  });

  it("saves a FitResult row under the resultId and counts one completed quiz", async () => {
    const before = await dailyCount("completed");
    const rowsBefore = await getDb().fitResult.count();
    const { body } = await call(POST, recommendationsRequest(answersWith({ cushion: "plush", closure: "laces" })));
    const row = await getDb().fitResult.findUnique({ where: { id: body.resultId as string } });
    expect(row).not.toBeNull();
    expect(row?.engineVersion).toBe(ENGINE_VERSION);
    expect(row?.rulesetVersion).toBe(RULESET_VERSION);
    expect((row?.result as { picks: Item[] }).picks).toEqual(body.picks);
    expect((row?.answers as { cushion: string }).cushion).toBe("plush");
    expect(await getDb().fitResult.count()).toBe(rowsBefore + 1);
    expect(await dailyCount("completed")).toBe(before + 1);
  });

  it("counts a completed quiz even when no shoe matches, and still saves the result", async () => {
    const before = await dailyCount("completed");
    const { status, body } = await call(POST, recommendationsRequest(answersWith({ budgetCents: 0 })));
    expect(status).toBe(200);
    expect(body.picks).toEqual([]);
    expect((body.overBudget as Item[]).length).toBeLessThanOrEqual(2);
    expect(await getDb().fitResult.findUnique({ where: { id: body.resultId as string } })).not.toBeNull();
    expect(await dailyCount("completed")).toBe(before + 1);
  });
});
