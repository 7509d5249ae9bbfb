/** @jest-environment-options {"template":"seeded"} */
import { POST } from "@/app/api/fit/recommendations/route";
import { getDb } from "@/lib/db";
import { MAX_JSON_BODY_BYTES } from "@/lib/http/read-json-body";
import { answersWith, BASE_ANSWERS } from "../../support/fit-answers";
import { call, dailyCounts, recommendationsRequest, streamedRequest } from "./fit-http";

// docs/product-spec.md §7.2 and §7.5: bad input is a 400
// {"error":"invalid_answers","fields":{"<path>": "<message>"}}, a body over 64 KB is a 413, and
// neither saves or counts anything.

const URL = "http://localhost/api/fit/recommendations";

/** The answers as plain JSON data, so tests can delete and add keys freely. */
function mutable(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(BASE_ANSWERS)) as Record<string, unknown>;
}

async function expectInvalid(body: unknown): Promise<Record<string, string>> {
  const { status, body: reply } = await call(POST, recommendationsRequest(body));
  expect(status).toBe(400);
  expect(reply.error).toBe("invalid_answers");
  const fields = reply.fields as Record<string, string>;
  expect(Object.keys(fields).length).toBeGreaterThan(0);
  for (const message of Object.values(fields)) expect(message).toEqual(expect.any(String));
  return fields;
}

describe("POST /api/fit/recommendations: 400 invalid_answers", () => {
  let savedBefore = 0;
  let countsBefore: Awaited<ReturnType<typeof dailyCounts>>;
  beforeEach(async () => {
    savedBefore = await getDb().fitResult.count();
    countsBefore = await dailyCounts();
  });
  afterEach(async () => {
    // Nothing in this file may save a result or count a quiz.
    expect(await getDb().fitResult.count()).toBe(savedBefore);
    expect(await dailyCounts()).toEqual(countsBefore);
  });

  it.each([
    ["a US size above the scale", { system: "US", value: 25 }],
    ["a US size below the scale", { system: "US", value: 1 }],
    ["a size that isn't a half size", { system: "EU", value: 42.3 }],
  ])("reports size.value for %s", async (_label, size) => {
    const fields = await expectInvalid({ ...mutable(), size });
    expect(Object.keys(fields)).toEqual(["size.value"]);
  });

  it("reports size.footLengthMm for a foot length out of range", async () => {
    const fields = await expectInvalid({ ...mutable(), size: { footLengthMm: 120 } });
    expect(Object.keys(fields)).toEqual(["size.footLengthMm"]);
  });

  it("reports an unknown enum value at its field (cushion: squishy)", async () => {
    const fields = await expectInvalid({ ...mutable(), cushion: "squishy" });
    expect(Object.keys(fields)).toEqual(["cushion"]);
    expect(fields.cushion).toMatch(/step should feel/);
  });

  it("reports an unknown nested enum value at its dotted path (pain.duration)", async () => {
    const answers = mutable();
    const fields = await expectInvalid({ ...answers, pain: { ...(answers.pain as object), duration: "forever" } });
    expect(Object.keys(fields)).toEqual(["pain.duration"]);
  });

  it("reports a missing required field (no range)", async () => {
    const answers = mutable();
    delete answers.range;
    const fields = await expectInvalid(answers);
    expect(Object.keys(fields)).toEqual(["range"]);
  });

  it("reports a missing safety answer at safety.<field>", async () => {
    const answers = mutable();
    delete (answers.safety as Record<string, unknown>).chestPain;
    const fields = await expectInvalid(answers);
    expect(Object.keys(fields)).toEqual(["safety.chestPain"]);
  });

  it("reports an unknown extra key, top level and nested", async () => {
    const answers = mutable();
    const fields = await expectInvalid({
      ...answers,
      shoeColour: "red",
      context: { ...(answers.context as object), smoker: true },
    });
    expect(fields).toEqual({ shoeColour: "Unknown field", "context.smoker": "Unknown field" });
  });

  it.each(["__proto__", "constructor", "toString"])("reports an unknown key named %s like any other", async (key) => {
    const text = JSON.stringify(BASE_ANSWERS).replace(/^\{/, `{"${key}":{"admin":true},`);
    const fields = await expectInvalid(text);
    expect(Object.keys(fields)).toEqual([key]);
    expect(Object.getOwnPropertyDescriptor(fields, key)?.value).toBe("Unknown field");
  });

  it("reports a width code the range doesn't use (4A for men)", async () => {
    const fields = await expectInvalid(answersWith({ width: { code: "4A" } }));
    expect(Object.keys(fields)).toEqual(["width.code"]);
  });

  it.each([
    ["a fractional budget", "1999.5"],
    ["a negative budget", "-100"],
    ["a budget as text", '"100"'],
    ["an infinite budget (1e400 parses as Infinity)", "1e400"],
    ["a budget over the cap", "1e12"],
  ])("reports budgetCents for %s", async (_label, raw) => {
    const text = JSON.stringify({ ...mutable(), budgetCents: 0 }).replace('"budgetCents":0', `"budgetCents":${raw}`);
    expect(text).toContain(raw);
    const fields = await expectInvalid(text);
    expect(Object.keys(fields)).toEqual(["budgetCents"]);
  });

  it.each([
    ["not JSON", "{range: men"],
    ["empty", ""],
    ["truncated JSON", JSON.stringify(BASE_ANSWERS).slice(0, -1)],
  ])("answers 400 for a body that is %s", async (_label, text) => {
    const { status, body } = await call(POST, recommendationsRequest(text));
    expect(status).toBe(400);
    expect(body.error).toEqual(expect.any(String));
    expect(body.fields).toEqual(expect.any(Object));
  });

  it.each([
    ["an array", "[]"],
    ["null", "null"],
    ["a number", "42"],
    ["a string", '"answers"'],
  ])("answers 400 invalid_answers for a JSON body that is %s", async (_label, text) => {
    const fields = await expectInvalid(text);
    expect(Object.keys(fields)).toEqual(["_root"]);
  });
});

describe("POST /api/fit/recommendations: 413 body too large", () => {
  const oversized = JSON.stringify({ ...BASE_ANSWERS, padding: "x".repeat(MAX_JSON_BODY_BYTES) });

  it("answers 413 when Content-Length says the body is over 64 KB", async () => {
    const { status, body } = await call(
      POST,
      recommendationsRequest(oversized, { "content-length": String(Buffer.byteLength(oversized)) }),
    );
    expect(status).toBe(413);
    expect(body.error).toBe("body_too_large");
  });

  it("answers 413 for an over-64 KB body sent without Content-Length (streamed)", async () => {
    const chunks = Array.from({ length: 20 }, (_, i) => (i === 0 ? '{"padding":"' : "y".repeat(4096)));
    const request = streamedRequest(URL, chunks);
    expect(request.headers.get("content-length")).toBeNull();
    const { status, body } = await call(POST, request);
    expect(status).toBe(413);
    expect(body.error).toBe("body_too_large");
  });

  it("answers 413 when Content-Length understates a body over 64 KB", async () => {
    const { status } = await call(POST, recommendationsRequest(oversized, { "content-length": "100" }));
    expect(status).toBe(413);
  });

  it("accepts a body just under 64 KB (valid answers padded with whitespace)", async () => {
    const compact = JSON.stringify(BASE_ANSWERS);
    const padded = compact.slice(0, -1) + " ".repeat(MAX_JSON_BODY_BYTES - compact.length) + "}";
    expect(Buffer.byteLength(padded)).toBe(MAX_JSON_BODY_BYTES);
    const { status, body } = await call(POST, recommendationsRequest(padded));
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
  });
});
