/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { STAND_IN_SECRET_KEY } from "@/lib/stripe/stand-in-key";
import { findFreePort } from "../../scripts/lib/free-port";
import { createScriptClient } from "../../scripts/lib/prisma-client";
import { standInAppEnv } from "../../scripts/stripe-stand-in/app-env";
import { startStripeStandIn, type StripeStandIn } from "../../scripts/stripe-stand-in/server";
import { BASE_ANSWERS } from "../support/fit-answers";
import { waitFor } from "../support/wait-for";
import { probe, type Probe, type ProbeRequest } from "./support/probe";
import { startRestartableDatabase, type RestartableDatabase } from "./support/restartable-database";
import { startStoreServer, STORE_START_TIMEOUT_MS, type StoreServer } from "./support/store-server";

// Reliability case 26 (docs/reliability-cases.md) against the production build. The app runs on a
// PostgreSQL of this test's own, which the test stops in the middle of light load and of a payment,
// then starts again on the same data directory and port:
//   - while it is down, every request is answered promptly (no hang); API routes answer 503 with
//     Retry-After and a JSON error, pages answer 503 "back in a moment" once the outage is known
//     (the first page to meet it may get the error page, 500), never a hang;
//   - the Stripe webhook for a payment completed during the outage gets a 5xx, so Stripe keeps it;
//   - once PostgreSQL is back, the same app process serves again (no restart), and the stand-in's
//     redelivery marks the order paid, with exactly one confirmation email.

const WEBHOOK_SECRET = "whsec_outage_test_0123456789abcdef";
/** No request may take longer than this while the database is down: it must fail, not hang. */
const PROMPT_MS = 5_000;
/** How long PostgreSQL stays down, at least. */
const MIN_OUTAGE_MS = 3_000;
/** The app must serve again within this long of PostgreSQL accepting connections. */
const RECOVERY_MS = 15_000;
// Stripe retries for days; the stand-in retries every second or two here, for about a minute.
const RETRY_DELAYS_MS = [
  1_000, 1_000, 1_000, 2_000, 2_000, 2_000, 3_000, 3_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000,
];

const JSON_HEADERS = { "content-type": "application/json" };
const fitBody = JSON.stringify(BASE_ANSWERS);

let database: RestartableDatabase | undefined;
let standIn: StripeStandIn | undefined;
let server: StoreServer | undefined;
let db: PrismaClient | undefined;
const standInLog: string[] = [];

beforeAll(async () => {
  database = await startRestartableDatabase();
  const port = await findFreePort();
  standIn = await startStripeStandIn({
    apiKey: STAND_IN_SECRET_KEY,
    webhookSecret: WEBHOOK_SECRET,
    webhookUrl: `http://127.0.0.1:${port}/api/stripe/webhook`,
    retryDelaysMs: RETRY_DELAYS_MS,
    expiryCheckMs: 60 * 60_000,
    log: (line) => standInLog.push(line),
  });
  // The app must talk to the stand-in, never to a real key or mail server from the environment.
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.SMTP_URL;
  server = await startStoreServer({
    port,
    databaseUrl: database.url,
    env: {
      ...standInAppEnv({ port: standIn.port, webhookSecret: WEBHOOK_SECRET }),
      EMAIL_OUTBOX_DIR: outboxDir(),
    },
  });
  db = createScriptClient(database.url);
}, STORE_START_TIMEOUT_MS);

afterAll(async () => {
  // Each step runs even if an earlier one fails, so no process or temp dir outlives the file.
  const steps = [() => db?.$disconnect(), () => server?.stop(), () => standIn?.close(), () => database?.close()];
  const failures: unknown[] = [];
  for (const step of steps) await Promise.resolve(step()).catch((error: unknown) => failures.push(error));
  if (failures.length > 0) throw failures[0];
}, 60_000);

function outboxDir(): string {
  return path.join((database as RestartableDatabase).workDir, "outbox");
}

function emailFiles(): string[] {
  const dir = outboxDir();
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".eml")) : [];
}

/** Light shopper traffic: a few workers cycling through pages, reads and writes until stopped. */
function startBackgroundLoad(origin: string, sku: string, workers = 3) {
  const requests: ProbeRequest[] = [
    { name: "GET /shoes", path: "/shoes" },
    { name: "GET /api/products", path: "/api/products?range=men" },
    {
      name: "POST /api/fit/recommendations",
      path: "/api/fit/recommendations",
      init: { method: "POST", headers: JSON_HEADERS, body: fitBody },
    },
    {
      name: "POST /api/cart/items",
      path: "/api/cart/items",
      init: { method: "POST", headers: JSON_HEADERS, body: JSON.stringify({ sku, quantity: 1 }) },
    },
  ];
  const samples: Probe[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let i = worker; running; i++) {
      samples.push(await probe(origin, requests[i % requests.length] as ProbeRequest));
      // A short breather: light load, not a benchmark.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  return {
    samples,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}

const isApi = (sample: Probe) => sample.name.includes(" /api/");
const describeSample = (sample: Probe) =>
  `${sample.name} → ${sample.status} in ${sample.ms.toFixed(0)} ms (${sample.contentType}) ${sample.body.slice(0, 120)}`;

it("fails cleanly while PostgreSQL is down, recovers without a restart, and a payment made during the outage is completed by redelivery", async () => {
  const store = server as StoreServer;
  const stripe = standIn as StripeStandIn;
  const pg = database as RestartableDatabase;
  const client = db as PrismaClient;
  const variants = await client.variant.findMany({
    where: { stock: { gt: 5 }, product: { published: true } },
    select: { sku: true },
    orderBy: { sku: "asc" },
    take: 2,
  });
  const [checkoutSku, loadSku] = variants.map((variant) => variant.sku);
  if (!checkoutSku || !loadSku) throw new Error("The demo catalog has no variants in stock.");

  // 1. With the database up: a cart and an open Checkout Session (a PENDING-payment order).
  const added = await fetch(store.url("/api/cart/items"), {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({ sku: checkoutSku, quantity: 1 }),
  });
  expect(added.status).toBe(201);
  const cartCookie = /cart_id=[^;]+/.exec(added.headers.get("set-cookie") ?? "")?.[0] as string;
  expect(cartCookie).toBeTruthy();
  const checkout = await fetch(store.url("/api/checkout"), { method: "POST", headers: { cookie: cartCookie } });
  const started = (await checkout.json()) as { orderId: string; sessionId: string };
  expect(checkout.status).toBe(201);
  expect((await client.order.findUniqueOrThrow({ where: { id: started.orderId } })).status).not.toBe("PAID");

  const load = startBackgroundLoad(store.origin, loadSku);
  await waitFor(
    "background load to get answers",
    async () => load.samples.filter((sample) => sample.status === 200 || sample.status === 201).length,
    (count) => count >= 8,
    { timeoutMs: 30_000 },
  );
  const healthyBefore = load.samples.slice();

  // 2. PostgreSQL goes away (fast shutdown: open connections are cut, new ones refused).
  await client.$disconnect();
  const stoppedAt = Date.now();
  await pg.stop();
  const downAt = Date.now();

  // The shopper pays while the database is down: Stripe sends checkout.session.completed now.
  stripe.completeSession(started.sessionId, { email: "outage@example.com" });
  const firstDelivery = await waitFor(
    "the first webhook delivery",
    async () => stripe.deliveries.filter((delivery) => delivery.type === "checkout.session.completed"),
    (list) => list.length >= 1,
    { timeoutMs: 15_000, intervalMs: 100 },
  );

  // Each route once more, explicitly, while the database is down.
  const outageProbes = await Promise.all(
    [
      { name: "GET /api/products", path: "/api/products" },
      { name: "GET /api/cart", path: "/api/cart", init: { headers: { cookie: cartCookie } } },
      {
        name: "POST /api/cart/items",
        path: "/api/cart/items",
        init: { method: "POST", headers: JSON_HEADERS, body: JSON.stringify({ sku: loadSku, quantity: 1 }) },
      },
      {
        name: "POST /api/fit/recommendations",
        path: "/api/fit/recommendations",
        init: { method: "POST", headers: JSON_HEADERS, body: fitBody },
      },
      { name: "POST /api/checkout", path: "/api/checkout", init: { method: "POST", headers: { cookie: cartCookie } } },
      { name: "GET /", path: "/" },
      { name: "GET /shoes", path: "/shoes" },
      { name: "GET /cart", path: "/cart", init: { headers: { cookie: cartCookie } } },
    ].map((request) => probe(store.origin, request)),
  );
  // Keep the database down for a few seconds of background load and webhook retries.
  await waitFor(
    "background requests and webhook retries during the outage",
    async () => ({
      requests: load.samples.filter((sample) => sample.startedAt >= downAt).length,
      deliveries: stripe.deliveries.length,
      downMs: Date.now() - downAt,
    }),
    (seen) => seen.requests >= 12 && seen.deliveries >= 2 && seen.downMs >= MIN_OUTAGE_MS,
    { timeoutMs: 30_000 },
  );

  // 3. PostgreSQL comes back on the same data directory and port; the app is not restarted.
  const restartAt = Date.now();
  await pg.start();
  const upAt = Date.now();
  const recovered = await waitFor(
    "the app to serve again",
    () =>
      Promise.all([
        probe(store.origin, { name: "GET /api/products", path: "/api/products" }),
        probe(store.origin, {
          name: "POST /api/fit",
          path: "/api/fit/recommendations",
          init: { method: "POST", headers: JSON_HEADERS, body: fitBody },
        }),
        probe(store.origin, { name: "GET /shoes", path: "/shoes" }),
      ]),
    (answers) => answers.every((answer) => answer.status === 200),
    { timeoutMs: RECOVERY_MS, intervalMs: 100 },
  );
  const recoveryMs = Date.now() - upAt;
  expect(recovered.map((answer) => answer.status)).toEqual([200, 200, 200]);

  // 4. Stripe's redelivery completes the order, once.
  const paidClient = createScriptClient(pg.url);
  db = paidClient;
  const order = await waitFor(
    "the order to be paid",
    () =>
      paidClient.order.findUniqueOrThrow({ where: { id: started.orderId }, include: { emails: true, events: true } }),
    (row) => row.status === "PAID",
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  const paidAt = Date.now();
  await waitFor(
    "the confirmation email file",
    async () => emailFiles().length,
    (count) => count >= 1,
    { timeoutMs: 15_000 },
  );
  await stripe.webhooksIdle();

  // Traffic after recovery is healthy again.
  const afterRecovery = load.samples.length;
  await waitFor(
    "healthy traffic after recovery",
    async () => load.samples.slice(afterRecovery),
    (list) => list.length >= 8,
    { timeoutMs: 30_000 },
  );
  const samples = await load.stop();
  const recoveredSamples = samples.slice(afterRecovery);

  const during = samples.filter((sample) => sample.startedAt >= downAt && sample.startedAt + sample.ms <= restartAt);
  const deliveries = stripe.deliveries.filter((delivery) => delivery.type === "checkout.session.completed");
  const statusCounts = (list: Probe[]) =>
    list.reduce<Record<string, number>>(
      (counts, sample) => ({
        ...counts,
        [`${sample.name} ${sample.status}`]: (counts[`${sample.name} ${sample.status}`] ?? 0) + 1,
      }),
      {},
    );
  console.info(
    [
      `Database outage: PostgreSQL stopped in ${downAt - stoppedAt} ms, down for ${restartAt - downAt} ms, restarted in ${upAt - restartAt} ms.`,
      `During the outage (${during.length} background + ${outageProbes.length} probes): slowest ${Math.max(...during.map((s) => s.ms), ...outageProbes.map((s) => s.ms)).toFixed(0)} ms.`,
      ...outageProbes.map(describeSample),
      `Background statuses during the outage: ${JSON.stringify(statusCounts(during))}`,
      `App serving again ${recoveryMs} ms after PostgreSQL was up; order paid ${paidAt - upAt} ms after.`,
      `Webhook deliveries: ${deliveries.map((delivery) => `#${delivery.attempt} ${delivery.status}`).join(", ")}.`,
    ].join("\n"),
  );

  // Healthy before the outage.
  expect(healthyBefore.filter((sample) => sample.status !== 200 && sample.status !== 201).map(describeSample)).toEqual(
    [],
  );

  // During the outage: answered promptly; APIs say 503 + Retry-After + JSON; pages show the error page.
  const outage = [...during, ...outageProbes];
  expect(during.length).toBeGreaterThanOrEqual(12);
  expect(
    outage.filter((sample) => typeof sample.status !== "number" || sample.ms > PROMPT_MS).map(describeSample),
  ).toEqual([]);
  for (const sample of outage.filter(isApi)) {
    expect({
      name: sample.name,
      status: sample.status,
      retryAfter: Boolean(sample.retryAfter),
      json: sample.contentType.includes("application/json"),
    }).toEqual({ name: sample.name, status: 503, retryAfter: true, json: true });
    expect(JSON.parse(sample.body)).toMatchObject({
      error: expect.stringMatching(/^service_(unavailable|busy)$/),
      fields: { _: expect.any(String) },
    });
  }
  const pageSamples = outage.filter((sample) => !isApi(sample));
  for (const sample of pageSamples) {
    // Served (nothing on the page needed the database), the error page (500, the first page to
    // meet the outage), or the proxy's "back in a moment" page (503) once the outage is known.
    if (sample.status !== 200) {
      expect([sample.name, sample.status, sample.contentType]).toEqual([
        sample.name,
        expect.any(Number),
        expect.stringContaining("text/html"),
      ]);
      expect([500, 503]).toContain(sample.status);
    }
  }
  const outagePages = pageSamples.filter((sample) => sample.status === 503);
  expect(outagePages.length).toBeGreaterThan(0);
  for (const sample of outagePages)
    expect({
      name: sample.name,
      retryAfter: Boolean(sample.retryAfter),
      body: /back in a moment/i.test(sample.body),
    }).toEqual({ name: sample.name, retryAfter: true, body: true });

  // The webhook delivered during the outage failed with a 5xx (Stripe keeps the event), and a
  // redelivery succeeded: one 2xx in all.
  expect(firstDelivery[0]?.status).toEqual(expect.any(Number));
  expect(firstDelivery[0]?.status as number).toBeGreaterThanOrEqual(500);
  expect(
    deliveries.filter((delivery) => typeof delivery.status === "number" && delivery.status >= 500).length,
  ).toBeGreaterThanOrEqual(2);
  expect(deliveries.filter((delivery) => delivery.status === 200)).toHaveLength(1);
  expect(deliveries.at(-1)?.status).toBe(200);

  // The order is paid once, with one stored event and exactly one confirmation email.
  expect(order.status).toBe("PAID");
  expect(order.events).toHaveLength(1);
  expect(order.emails.filter((email) => email.kind === "order_confirmation")).toHaveLength(1);
  await waitFor(
    "the email to be marked sent",
    () => paidClient.outboxEmail.findMany({ where: { orderId: started.orderId } }),
    (rows) => rows.every((row) => row.status === "SENT"),
    { timeoutMs: 10_000 },
  );
  expect(emailFiles()).toHaveLength(1);
  expect(fs.readFileSync(path.join(outboxDir(), emailFiles()[0] as string), "utf8")).toContain("outage@example.com");

  // Recovered without a restart: the same process answers everything normally again.
  expect(
    recoveredSamples.filter((sample) => sample.status !== 200 && sample.status !== 201).map(describeSample),
  ).toEqual([]);
  expect(recoveryMs).toBeLessThan(RECOVERY_MS);
  // No API error went unmapped (those are logged as "Unhandled API error" and answered 500).
  expect(store.errors()).not.toContain("Unhandled API error");
}, 180_000);
