/** @jest-environment-options {"template":"seeded"} */
import fc from "fast-check";
import { getDb } from "@/lib/db";
import { answersArbitrary } from "../unit/fit/arbitraries";
import { runPostLoad } from "./support/post-load";
import { startStoreServer, STORE_START_TIMEOUT_MS, type StoreServer } from "./support/store-server";

// Reliability case 25 (docs/reliability-cases.md) against the production build: 2,000 quiz
// submissions, each with different valid answers, at 50 concurrent connections. Every one must be
// answered 2xx (no errors, no timeouts) and saved: the FitResult table grows by exactly 2,000.

const SUBMISSIONS = 2_000;
const CONNECTIONS = 50;

let server: StoreServer | undefined;

beforeAll(async () => {
  server = await startStoreServer();
}, STORE_START_TIMEOUT_MS);

afterAll(async () => {
  await server?.stop();
  await getDb().$disconnect();
});

it(`answers ${SUBMISSIONS} varied quiz submissions at ${CONNECTIONS} connections with no errors, and saves each`, async () => {
  const store = server as StoreServer;
  const url = store.url("/api/fit/recommendations");
  // Safety answers are all "no" in these answers, so every submission reaches the ranking and is saved.
  const bodies = fc
    .sample(answersArbitrary, { numRuns: SUBMISSIONS, seed: 25 })
    .map((answers) => JSON.stringify(answers));
  expect(new Set(bodies).size).toBeGreaterThan(SUBMISSIONS * 0.95);

  // Warm the route (first-request compilation of the handler, the catalog snapshot) before counting.
  const warm = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: bodies[0] });
  const warmReply = (await warm.json()) as { status?: string; resultId?: string };
  expect([warm.status, warmReply.status, typeof warmReply.resultId]).toEqual([200, "ok", "string"]);

  const before = await getDb().fitResult.count();
  const result = await runPostLoad({ url, bodies, connections: CONNECTIONS });
  const after = await getDb().fitResult.count();

  console.info(
    `Quiz load: ${result.responses} POST /api/fit/recommendations at ${CONNECTIONS} connections: ` +
      `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(0)} ms, p95 ${result.p95Ms.toFixed(0)} ms, max ${result.maxMs.toFixed(0)} ms; ` +
      `statuses ${JSON.stringify(result.statusCounts)}.`,
  );
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
    errors: 0,
    timeouts: 0,
    non2xx: 0,
  });
  expect(result.statusCounts).toEqual({ 200: SUBMISSIONS });
  expect(after - before).toBe(SUBMISSIONS);
  expect(store.errors()).not.toMatch(/error/i);
}, 180_000);
