/** @jest-environment-options {"template":"seeded"} */
import fc from "fast-check";
import { POST } from "@/app/api/fit/recommendations/route";
import { MAX_JSON_BODY_BYTES } from "@/lib/http/read-json-body";
import { answersArbitrary, safetyArbitrary } from "../../unit/fit/arbitraries";
import { BASE_ANSWERS } from "../../support/fit-answers";
import { recommendationsRequest } from "./fit-http";

// docs/product-spec.md §8.15 and docs/reliability-cases.md case 18: 1,000 random bodies get 200,
// 400 or 413, never a 5xx. A 500 would also log through handleApiError, and a console.error fails
// the test on its own.

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value inside a JSON value, the root included. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((child, i) => pathsOf(child, [...prefix, i]))];
  if (value && typeof value === "object") {
    return [...here, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
  }
  return here;
}

type Mutation = { kind: "replace"; value: Json } | { kind: "delete" } | { kind: "add"; key: string; value: Json };

/** A copy of `root` with one mutation applied at `path` (deep-cloned, the input is untouched). */
function mutate(root: Json, path: Path, mutation: Mutation): Json {
  const copy = structuredClone(root) as Json;
  if (path.length === 0) return mutation.kind === "replace" ? mutation.value : mutation.kind === "delete" ? {} : copy;
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (mutation.kind === "replace") parent[last] = mutation.value;
  if (mutation.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  }
  if (mutation.kind === "add") {
    const target = parent[last];
    // defineProperty so a key named "__proto__" becomes a real key of the JSON, as it would be in a body.
    const own = { value: mutation.value, enumerable: true, writable: true, configurable: true };
    if (target && typeof target === "object" && !Array.isArray(target))
      Object.defineProperty(target, mutation.key, own);
    else parent[last] = { [mutation.key]: mutation.value };
  }
  return copy;
}

const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  2 ** 53 + 1,
  5e-324,
  -0,
  1e21,
);
const oddKey = fc.oneof(
  fc.string(),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", "safety.fever"),
);
const junkValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  hugeNumber,
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    0.5,
    "",
    "yes",
    "men",
    "4E",
    "<script>alert(1)</script>",
    '\'; DROP TABLE "FitResult"; --',
  ),
  fc.constantFrom([], {}, [[[[]]]], { system: "US" }, { footLengthMm: null }, { code: "9E" }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  junkValue.map((value): Mutation => ({ kind: "replace", value })),
  fc.constant<Mutation>({ kind: "delete" }),
  fc.record({ key: oddKey, value: junkValue }).map(({ key, value }): Mutation => ({ kind: "add", key, value })),
);

/** Valid answers (safety included, so stops happen too) with 1–3 random mutations. */
const mutatedAnswers: fc.Arbitrary<string> = fc
  .tuple(answersArbitrary, safetyArbitrary, fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }))
  .map(([answers, safety, mutations]) => {
    let value: Json = { ...answers, safety };
    for (const [index, change] of mutations) {
      const paths = pathsOf(value);
      value = mutate(value, paths[index % paths.length]!, change);
    }
    return JSON.stringify(value);
  });

/** Deeply nested arrays and objects, as raw text (too deep for a recursive generator). */
const nestedJunk: fc.Arbitrary<string> = fc
  .record({
    depth: fc.integer({ min: 100, max: 20_000 }),
    open: fc.constantFrom("[", '{"a":', '{"range":['),
    close: fc.constantFrom("]", "}", "]}"),
  })
  .map(({ depth, open, close }) => open.repeat(depth) + "1" + close.repeat(depth));

/** Raw text around the size limit: some just under 64 KB, some over. */
const bigBody: fc.Arbitrary<string> = fc
  .integer({ min: MAX_JSON_BODY_BYTES - 200, max: MAX_JSON_BODY_BYTES * 2 })
  .map((size) => JSON.stringify({ ...BASE_ANSWERS, note: "z".repeat(Math.max(0, size - 500)) }));

/** Numbers JSON.parse turns into Infinity or rounds away, and other hand-written edge cases. */
const rawNumbers: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("size.value", "size.footLengthMm", "budgetCents"),
    fc.constantFrom("1e400", "-1e400", "1e-400", "123456789012345678901234567890", "-0", "0.0000001"),
  )
  .map(([field, raw]) => {
    const marker = 123.25; // a value no answer uses, replaced by the raw text below
    const answers: Record<string, Json> = JSON.parse(JSON.stringify(BASE_ANSWERS));
    if (field === "budgetCents") answers.budgetCents = marker;
    else answers.size = field === "size.value" ? { system: "US", value: marker } : { footLengthMm: marker };
    return JSON.stringify(answers).replace(String(marker), raw);
  });

const body: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: mutatedAnswers, weight: 6 },
  { arbitrary: fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 1 },
  { arbitrary: answersArbitrary.map((answers) => JSON.stringify(answers)), weight: 1 },
  { arbitrary: rawNumbers, weight: 1 },
  { arbitrary: nestedJunk, weight: 1 },
  { arbitrary: bigBody, weight: 1 },
);

describe("§8.15 fuzz: POST /api/fit/recommendations never answers 5xx", () => {
  it("answers 1,000 random bodies with 200, 400 or 413 and a JSON body of the right shape", async () => {
    const seen = { 200: 0, 400: 0, 413: 0 } as Record<number, number>;
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (text, declareLength) => {
        const headers: Record<string, string> = declareLength
          ? { "content-length": String(Buffer.byteLength(text)) }
          : {};
        const response = await POST(recommendationsRequest(text, headers));
        expect([200, 400, 413]).toContain(response.status);
        seen[response.status] = (seen[response.status] ?? 0) + 1;
        const reply = (await response.json()) as Record<string, unknown>;
        if (response.status === 200) expect(["ok", "stop"]).toContain(reply.status);
        // Every 400 says what was wrong: at least one field with a message.
        if (response.status === 400) {
          expect(Object.keys(reply.fields as object).length).toBeGreaterThan(0);
          for (const message of Object.values(reply.fields as object)) expect(message).toEqual(expect.any(String));
        }
        if (response.status === 413) expect(reply.error).toBe("body_too_large");
      }),
      { numRuns: 1000, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify(seen));
    // The mix reached every outcome, so the run tested more than the parser.
    expect(seen[200]).toBeGreaterThan(50);
    expect(seen[400]).toBeGreaterThan(300);
    expect(seen[413]).toBeGreaterThan(10);
  }, 120_000);
});
