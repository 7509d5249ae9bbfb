// `npm run bench [-- --products 10000 --connections 20 --duration 10 --orders 300 --returns 20 --skip-build --dist-dir .next-bench-all --skip-lighthouse --lighthouse-runs 5]`
//
// The whole store in one run: builds, seeds the large catalog, starts the production server (scripts/serve.ts) with the
// Stripe stand-in, then prints one table of the routes a shopper's visit and a sale go through
// (listing, product page, quiz POST, cart add, checkout session, webhook), each next to
// /robots.txt measured the same way in the same run (these machines are shared and noisy: the
// ratio is what counts); then the refund path under concurrent returns (lib/refund-path.ts, as
// `npm run bench:returns` runs it alone); then Lighthouse scores for home, listing, product and
// quiz pages, and each page's first-load JavaScript. Results are also written to test-results/bench/latest.md;
// docs/benchmarks.md keeps the dated record.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import Stripe from "stripe";
import { benchSlug } from "../../scripts/seed-large";
import { toApiSession } from "../../scripts/stripe-stand-in/session";
import { startBenchStore, step, type BenchStore } from "./lib/bench-store";
import { markdownTable, positiveIntegerFlag, stopOnSignal } from "./lib/cli";
import { distDirFlag } from "./lib/dist-dir-flag";
import { sampleAnswers } from "./lib/fit-engine-bench";
import { firstLoadJs, type FirstLoadJs } from "./lib/first-load-js";
import { medianLighthouseScores, type FormFactor, type MedianLighthouseScores } from "./lib/lighthouse-scores";
import { loadRequests, type RequestPart } from "./lib/load-requests";
import { loadRoute, type RouteLoad } from "./lib/load-route";
import { formatRefundPath, measureRefundPath, type RefundPathResult } from "./lib/refund-path";
import { shopperCartCookie } from "./lib/shopper-cart";

const DIST_DIR = ".next-bench-all";
const TARGETS = { performance: 90, accessibility: 100, firstLoadKb: 150 };

type Options = {
  products: number;
  connections: number;
  durationSeconds: number;
  orders: number;
  returns: number;
  skipBuild: boolean;
  distDir: string;
  lighthouse: boolean;
  lighthouseRuns: number;
};

function parseOptions(argv: string[]): Options {
  const number = (flag: string, fallback: number) => positiveIntegerFlag(argv, flag, fallback);
  return {
    products: number("--products", 10_000),
    connections: number("--connections", 20),
    durationSeconds: number("--duration", 10),
    orders: number("--orders", 300),
    returns: number("--returns", 20),
    skipBuild: argv.includes("--skip-build"),
    distDir: distDirFlag(argv, DIST_DIR),
    lighthouse: !argv.includes("--skip-lighthouse"),
    lighthouseRuns: number("--lighthouse-runs", 5),
  };
}

type Row = { name: string; route: string; load: RouteLoad; robots: RouteLoad };

async function main() {
  const options = parseOptions(process.argv.slice(2));
  let store: BenchStore | undefined;
  stopOnSignal(() => store?.stop());
  try {
    store = await startBenchStore({
      distDir: options.distDir,
      products: options.products,
      skipBuild: options.skipBuild,
      deepStock: true,
      step,
    });
    const { report, refundPath } = await measure(store, options);
    console.log(`\n${report}`);
    if (refundPath.problems.length > 0) process.exitCode = 1;
    fs.mkdirSync(path.join("test-results", "bench"), { recursive: true });
    fs.writeFileSync(path.join("test-results", "bench", "latest.md"), `${report}\n`);
    console.log("\nWritten to test-results/bench/latest.md.");
  } finally {
    await store?.stop();
  }
}

async function measure(store: BenchStore, options: Options): Promise<{ report: string; refundPath: RefundPathResult }> {
  const { origin } = store;
  const db = new pg.Client({ connectionString: store.databaseUrl });
  await db.connect();
  try {
    const skus = (
      await db.query<{ sku: string }>(`SELECT "sku" FROM "Variant" WHERE "id" NOT LIKE 'bv-%' ORDER BY "sku" LIMIT 400`)
    ).rows.map((row) => row.sku);
    if (skus.length === 0) throw new Error("No demo variants to put in carts.");
    const productPath = `/shoes/${benchSlug(Math.min(42, options.products), options.products)}`;
    const pages = { home: "/", listing: "/shoes?width=4E&range=men", product: productPath, quiz: "/fit" };

    let done = step("Warming up (the first request loads the catalog snapshot)");
    for (const page of [...Object.values(pages), "/robots.txt"]) await expectOk(`${origin}${page}`);
    for (const page of [pages.listing, pages.product, "/robots.txt"]) await loadRoute(`${origin}${page}`, 5, 2);
    done();

    const answers = sampleAnswers(500).map((answer) => JSON.stringify(answer));
    let answerAt = 0;
    let skuAt = 0;
    const nextSku = () => skus[skuAt++ % skus.length] as string;
    const json = { "content-type": "application/json" };
    const robots = () => loadRoute(`${origin}/robots.txt`, options.connections, options.durationSeconds);
    const rows: Row[] = [];
    const measureRoute = async (name: string, route: string, run: () => Promise<RouteLoad>) => {
      done = step(`Loading ${name}`);
      const load = await run();
      const reference = await robots();
      done();
      rows.push({ name, route, load, robots: reference });
    };

    // Pages come from the page cache, with or without a cart (decision 0008). "Rendered" sends a
    // cart cookie that isn't one of ours, which the cache leaves to Next as it does every miss.
    const cart = { cookie: await shopperCartCookie(origin, store.databaseUrl) };
    const rendered = { cookie: "cart_id=bench-rendered" };
    await measureRoute("listing page", `GET ${pages.listing}`, () =>
      loadRoute(`${origin}${pages.listing}`, options.connections, options.durationSeconds),
    );
    await measureRoute("listing page, with a cart", `GET ${pages.listing} (cart cookie)`, () =>
      loadRoute(`${origin}${pages.listing}`, options.connections, options.durationSeconds, cart),
    );
    await measureRoute("listing page, rendered", `GET ${pages.listing} (cache bypassed)`, () =>
      loadRoute(`${origin}${pages.listing}`, options.connections, options.durationSeconds, rendered),
    );
    await measureRoute("product page", `GET ${pages.product}`, () =>
      loadRoute(`${origin}${pages.product}`, options.connections, options.durationSeconds),
    );
    await measureRoute("product page, rendered", `GET ${pages.product} (cache bypassed)`, () =>
      loadRoute(`${origin}${pages.product}`, options.connections, options.durationSeconds, rendered),
    );
    await measureRoute("quiz answers", "POST /api/fit/recommendations", () =>
      loadRequests({
        url: `${origin}/api/fit/recommendations`,
        method: "POST",
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        next: () => ({ body: answers[answerAt++ % answers.length], headers: json }),
      }),
    );
    await measureRoute("cart add (new cart)", "POST /api/cart/items", () =>
      loadRequests({
        url: `${origin}/api/cart/items`,
        method: "POST",
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        next: () => ({ body: JSON.stringify({ sku: nextSku(), quantity: 1 }), headers: json }),
      }),
    );

    // Checkout and webhook: each cart is checked out once and each session paid once, so these
    // run a fixed number of requests (--orders) over carts prepared beforehand (untimed), on at
    // most that many connections (autocannon refuses more).
    // Each cart carries a 10 % code, and checkout offers the demo shipping rates, so these rows
    // time the whole order path (npm run bench:checkout compares it with lines alone).
    done = step(`Preparing ${options.orders} carts with a discount code`);
    const codeId = `bench-code-${Date.now()}`;
    await db.query(
      `INSERT INTO "DiscountCode" ("id", "code", "percentBps", "updatedAt") VALUES ($1, $2, 1000, now())`,
      [codeId, codeId.toUpperCase()],
    );
    const carts: string[] = [];
    for (let i = 0; i < options.orders; i++) {
      const cart = await freshCart(origin, nextSku());
      await db.query(`UPDATE "Cart" SET "discountCodeId" = $1 WHERE "id" = $2`, [codeId, cart]);
      carts.push(cart);
    }
    done();
    let cartAt = 0;
    await measureRoute("checkout session (shipping + code)", "POST /api/checkout", () =>
      loadRequests({
        url: `${origin}/api/checkout`,
        method: "POST",
        connections: Math.min(options.connections, carts.length),
        amount: carts.length,
        next: () => ({ headers: { cookie: `cart_id=${carts[cartAt++ % carts.length]}` } }),
      }),
    );
    const sessions = (
      await db.query<{ id: string }>(
        `SELECT "stripeSessionId" AS "id" FROM "Order" WHERE "stripeSessionId" IS NOT NULL AND "status" = 'PENDING'`,
      )
    ).rows.map((row) => row.id);
    const events = sessions.map((id) => signedCompletedEvent(store, id));
    let eventAt = 0;
    await measureRoute("webhook (paid → order + email, shipping + code)", "POST /api/stripe/webhook", () =>
      loadRequests({
        url: `${origin}/api/stripe/webhook`,
        method: "POST",
        connections: Math.min(options.connections, events.length),
        amount: events.length,
        next: () => events[eventAt++ % events.length] as RequestPart,
      }),
    );
    const paid = Number(
      (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Order" WHERE "status" = 'PAID'`)).rows[0]?.n ?? 0,
    );

    // The refund path: its own orders, bought and shipped first (untimed), then every return at once.
    const refundPath = await measureRefundPath(store, { returns: options.returns }, step);

    done = step("First-load JavaScript per page");
    const scripts: [string, string, FirstLoadJs][] = [];
    for (const [name, page] of Object.entries(pages)) scripts.push([name, page, await firstLoadJs(`${origin}${page}`)]);
    done();

    const scores: Record<FormFactor, [string, string, MedianLighthouseScores][]> = { mobile: [], desktop: [] };
    if (options.lighthouse) {
      for (const formFactor of ["mobile", "desktop"] as const) {
        for (const [name, page] of Object.entries(pages)) {
          done = step(`Lighthouse (${formFactor}): ${name}`);
          scores[formFactor].push([
            name,
            page,
            await medianLighthouseScores(`${origin}${page}`, formFactor, options.lighthouseRuns),
          ]);
          done();
        }
      }
    }
    const report = formatReport({
      options,
      rows,
      paid,
      orders: carts.length,
      sessions: sessions.length,
      refundPath,
      scripts,
      scores,
    });
    return { report, refundPath };
  } finally {
    await db.end();
  }
}

async function expectOk(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

async function freshCart(origin: string, sku: string): Promise<string> {
  const response = await fetch(`${origin}/api/cart/items`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sku, quantity: 1 }),
  });
  const cookie = /cart_id=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  if (response.status !== 201 || !cookie)
    throw new Error(`add to cart answered ${response.status}: ${await response.text()}`);
  return cookie;
}

/** A checkout.session.completed event for a session the shopper has paid, signed as Stripe signs it. */
function signedCompletedEvent(store: BenchStore, sessionId: string): RequestPart {
  // Paid on the stand-in with its sample address and the first shipping rate (untimed).
  const stored = store.standIn.completeSession(sessionId, { email: "bench@example.com" });
  const session = { ...toApiSession(stored, false), payment_intent: `pi_bench_${sessionId.slice(-10)}` };
  const payload = JSON.stringify({
    id: `evt_bench_${sessionId}`,
    object: "event",
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    type: "checkout.session.completed",
    livemode: false,
    data: { object: session },
  });
  return {
    body: payload,
    headers: {
      "content-type": "application/json",
      "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: store.webhookSecret }),
    },
  };
}

type Report = {
  options: Options;
  rows: Row[];
  paid: number;
  orders: number;
  sessions: number;
  refundPath: RefundPathResult;
  scripts: [string, string, FirstLoadJs][];
  scores: Record<FormFactor, [string, string, MedianLighthouseScores][]>;
};

function formatReport({ options, rows, paid, orders, sessions, refundPath, scripts, scores }: Report): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const lines = [
    `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average before ${os.loadavg()[0]?.toFixed(1)}`,
    "",
    `${options.products} synthetic products plus the demo catalog; ${options.connections} connections; GET and quiz routes ${options.durationSeconds} s each, checkout and webhook ${orders} requests each; /robots.txt loaded the same way right after each route.`,
    "",
    markdownTable(
      [
        "route",
        "request",
        "req/s",
        "p50 ms",
        "p95 ms",
        "robots.txt req/s",
        "robots.txt p95 ms",
        "req/s vs robots.txt",
        "non-2xx + errors",
      ],
      rows.map(({ name, route, load, robots }) => [
        name,
        route,
        load.requestsPerSecond.toFixed(0),
        load.p50Ms.toFixed(0),
        load.p95Ms.toFixed(0),
        robots.requestsPerSecond.toFixed(0),
        robots.p95Ms.toFixed(0),
        `${((load.requestsPerSecond / robots.requestsPerSecond) * 100).toFixed(0)}%`,
        String(load.non2xx + load.errors),
      ]),
    ),
    "",
    `Orders: ${orders} checkout sessions requested, ${sessions} opened, ${paid} paid by the webhook run.`,
    "",
    `Refund path (${refundPath.returns} returns at once, as \`npm run bench:returns\`):`,
    "",
    formatRefundPath(refundPath),
    "",
    markdownTable(
      ["page", "path", "first-load JS (gzip)", "scripts", `target < ${TARGETS.firstLoadKb} kB`],
      scripts.map(([name, page, js]) => [
        name,
        page,
        `${(js.gzipBytes / 1024).toFixed(1)} kB`,
        String(js.scripts),
        name === "product" || name === "listing" ? verdict(js.gzipBytes / 1024 < TARGETS.firstLoadKb) : "n/a",
      ]),
    ),
  ];
  for (const formFactor of ["mobile", "desktop"] as const) {
    if (scores[formFactor].length === 0) continue;
    lines.push(
      "",
      `Lighthouse, ${formFactor === "mobile" ? "mobile (Lighthouse's default: 4x CPU slowdown, slow 4G)" : "desktop preset"}:`,
      "",
      markdownTable(
        [
          "page",
          "path",
          "performance (median; each run)",
          "accessibility",
          "best practices",
          "SEO",
          `targets (≥ ${TARGETS.performance}, ${TARGETS.accessibility})`,
        ],
        scores[formFactor].map(([name, page, s]) => [
          name,
          page,
          `${s.performance} (${s.performanceRuns.join(", ")})`,
          String(s.accessibility),
          String(s.bestPractices),
          String(s.seo),
          verdict(s.performance >= TARGETS.performance && s.accessibility >= TARGETS.accessibility),
        ]),
      ),
    );
  }
  if (scores.mobile.length > 0) {
    lines.push(
      "",
      `Lighthouse 12 (npm) with simulated throttling, Debian Chromium headless, after the load runs; each score is the median of ${options.lighthouseRuns} fresh runs per page.`,
    );
  }
  return lines.join("\n");
}

const verdict = (met: boolean) => (met ? "met" : "MISSED");

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
