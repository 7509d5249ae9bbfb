/** @jest-environment-options {"template":"seeded"} */
import type { FitAnswers } from "@/lib/fit/answers-schema";
import { answersWith, NO_SAFETY_FLAGS } from "../../support/fit-answers";
import { waitFor } from "../../support/wait-for";
import {
  describeWithServer,
  startProductionServer,
  STORE_START_TIMEOUT_MS,
  type ProductionServer,
} from "./support/production-server";

// The production server (scripts/serve.ts) as an operator sees it (decision 0018), in two
// processes as in production: /healthz and /readyz before Next, JSON logs with an access line and
// a request id per request and no health answer or email address anywhere in them (CONTRIBUTING:
// health answers are never logged; docs/product-spec.md §8.14), and /metrics behind its token,
// added up across the processes.

const METRICS_TOKEN = "ops-test-metrics-token-0123456789abcdef";
/** Health answer values that nothing but these answers uses (as in recommendations-privacy.test.ts). */
const HEALTH_VALUES = ["one_leg_below_knee", "leg_symptoms", "stop_standing", "gt12w"];
const EMAIL = "walker.backpain@example.com";
const HEALTH_ANSWERS: Partial<FitAnswers> = {
  unsteady: "often",
  pain: { where: "one_leg_below_knee", walkingEffect: "leg_symptoms", eases: "stop_standing", duration: "gt12w" },
  context: { diabetesNumbFeet: true, pregnant: true },
  safety: { ...NO_SAFETY_FLAGS, weightLoss: "not_sure", nightPain: "not_sure" },
};

let server: ProductionServer | undefined;

describeWithServer("the production server, as operated", () => {
  beforeAll(async () => {
    server = await startProductionServer({ WEB_CONCURRENCY: "2", METRICS_TOKEN });
  }, STORE_START_TIMEOUT_MS);

  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  const store = () => server as ProductionServer;

  it("answers /healthz and /readyz before Next, uncached, naming each check", async () => {
    const health = await fetch(store().url("/healthz"));
    expect(health.status).toBe(200);
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(await health.json()).toEqual({ status: "up" });

    const ready = await fetch(store().url("/readyz"));
    expect(ready.status).toBe(200);
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(ready.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: {
        accepting: { status: "ok" },
        database: { status: "ok" },
        migrations: { status: "ok" },
        jobRunner: { status: "ok" },
      },
    });
  });

  it("logs a quiz submission as an access line with its request id, and no health answer or address", async () => {
    const post = (body: unknown, query = "") =>
      fetch(store().url(`/api/fit/recommendations${query}`), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie: `newsletter=${EMAIL}`,
          referer: `${store().origin}/fit?email=${EMAIL}`,
          // Not from a trusted proxy (TRUSTED_PROXIES is empty): ignored, a new id is made.
          "x-request-id": "client-chosen-id-123456",
        },
        body: JSON.stringify(body),
      });
    const ok = await post(answersWith(HEALTH_ANSWERS), `?email=${encodeURIComponent(EMAIL)}&pain=one_leg_below_knee`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { status: string }).status).toBe("ok");
    const requestId = ok.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    // Refused answers (an unknown field carrying an address) and a safety stop: nothing of them either.
    const refused = await post({ ...answersWith(HEALTH_ANSWERS), contactEmail: EMAIL });
    expect(refused.status).toBe(400);
    const stop = await post(answersWith({ ...HEALTH_ANSWERS, safety: { ...NO_SAFETY_FLAGS, saddleNumbness: "yes" } }));
    expect(((await stop.json()) as { status: string }).status).toBe("stop");

    const access = await waitFor("the access line of the submission", async () =>
      store()
        .logLines()
        .find((line) => line.requestId === requestId && line.msg === "request"),
    );
    expect(access).toMatchObject({
      level: "info",
      method: "POST",
      path: "/api/fit/recommendations",
      route: "/api/fit/recommendations",
      status: 200,
      durationMs: expect.any(Number),
    });
    const output = store().output();
    for (const value of [...HEALTH_VALUES, EMAIL, "walker.backpain", "client-chosen-id-123456"])
      expect(output).not.toContain(value);
    // Every line the server wrote is JSON (the startup lines too).
    const lines = output.split("\n").filter((line) => line.trim() !== "");
    expect(lines.length).toBe(store().logLines().length);
  });

  it("keeps /metrics behind its token and adds up both processes' counters", async () => {
    const scrape = (authorization?: string) =>
      fetch(store().url("/metrics"), { headers: authorization ? { authorization } : {} });
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer wrong-token-wrong-token-wrong-token")).status).toBe(401);
    expect((await scrape(`Basic ${METRICS_TOKEN}`)).status).toBe(401);

    const read = async () => {
      const response = await scrape(`Bearer ${METRICS_TOKEN}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      return response.text();
    };
    const before = await read();
    // A product listing until the page cache answers it, and a path no route has. Each process
    // keeps its own cache, stored after the first answer has finished, so the number of renders
    // before a hit depends on which process takes each request: count the requests instead.
    const hits = 'page_cache_answers_total{result="hit"}';
    let listings = 0;
    let hitSeen = false;
    while (!hitSeen && listings < 20) {
      const response = await fetch(store().url("/shoes?width=wide"));
      expect(response.status).toBe(200);
      listings++;
      hitSeen = response.headers.get("x-page-cache") === "hit";
      if (!hitSeen) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(hitSeen).toBe(true);
    expect((await fetch(store().url("/no-such-page-8d1f"))).status).toBe(404);
    const after = await read();

    const shoes = 'http_requests_total{method="GET",route="/shoes",status="200"}';
    expect(sample(after, shoes) - sample(before, shoes)).toBe(listings);
    expect(sample(after, hits)).toBeGreaterThan(sample(before, hits));
    expect(
      sample(after, 'http_requests_total{method="POST",route="/api/fit/recommendations",status="200"}'),
    ).toBeGreaterThan(0);
    // Raw paths never become labels.
    expect(after).not.toContain("no-such-page-8d1f");
    expect(after).not.toContain("width=wide");
    expect(after).toMatch(/^http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/shoes"\} \d+$/m);
    expect(after).toMatch(/^checkout_outcomes_total\{outcome="started"\} \d+$/m);
    expect(after).toMatch(/^stripe_webhook_outcomes_total\{outcome="applied"\} \d+$/m);
    // Queue depth, read from the job table at scrape time, once for the server (not per process).
    expect(after).toMatch(/^job_queue_jobs\{queue="[a-z-]+",state="queued"\} \d+$/m);
    expect(after).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it("answers a webhook without a signature as a counted outcome", async () => {
    const read = async () =>
      (await fetch(store().url("/metrics"), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const name = 'stripe_webhook_outcomes_total{outcome="invalid_signature"}';
    const before = sample(await read(), name);
    const response = await fetch(store().url("/api/stripe/webhook"), { method: "POST", body: "{}" });
    expect(response.status).toBe(400);
    expect(sample(await read(), name) - before).toBe(1);
  });
});

/** The value of one sample line (0 when absent). */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
