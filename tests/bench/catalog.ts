// `npm run bench:catalog [-- --products 10000 --duration 10 --connections 50]`
//
// Listing and product-page throughput on a large catalog, measured against /robots.txt on the
// same server in the same run (these machines are shared and noisy, so the ratio is what counts).
// Starts its own embedded PostgreSQL in a temp dir, migrates, seeds the demo catalog plus N
// synthetic products, builds the app into .next-bench, runs scripts/serve.ts, loads each route with
// autocannon, prints a table, and stops everything it started.
import os from "node:os";
import { benchSlug } from "../../scripts/seed-large";
import { startBenchStore, step, type BenchStore } from "./lib/bench-store";
import { markdownTable, positiveIntegerFlag, stopOnSignal } from "./lib/cli";
import { loadRoute, type RouteLoad } from "./lib/load-route";
import { shopperCartCookie } from "./lib/shopper-cart";

const TARGET_LISTING_P95_MS = 100;
const TARGET_LISTING_RATIO = 0.35;
const DIST_DIR = ".next-bench";

type Options = { products: number; durationSeconds: number; connections: number; skipBuild: boolean };
type Route = { name: string; path: string; headers?: Record<string, string> };
type Result = Route & { load: RouteLoad };

function parseOptions(argv: string[]): Options {
  const number = (flag: string, fallback: number) => positiveIntegerFlag(argv, flag, fallback);
  return {
    products: number("--products", 10_000),
    durationSeconds: number("--duration", 10),
    connections: number("--connections", 50),
    // For re-runs on unchanged sources: reuse the last .next-bench build.
    skipBuild: argv.includes("--skip-build"),
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  let store: BenchStore | undefined;
  stopOnSignal(() => store?.stop());

  try {
    store = await startBenchStore({
      distDir: DIST_DIR,
      products: options.products,
      skipBuild: options.skipBuild,
      step,
    });
    const server = store;
    let done: () => void;
    const listing = "/shoes?width=4E&range=men";
    const product = `/shoes/${benchSlug(Math.min(42, options.products), options.products)}`;
    // The page cache answers a visitor without a cart and a shopper with one (from the copy for
    // their count of pairs; decision 0008). What a render costs is measured too: a cart cookie
    // that isn't one of ours is left to Next, as every cache miss is.
    const cart = { cookie: await shopperCartCookie(server.origin, server.databaseUrl) };
    const rendered = { cookie: "cart_id=bench-rendered" };
    const routes: Route[] = [
      { name: "listing", path: listing },
      { name: "listing, with a cart", path: listing, headers: cart },
      { name: "listing, rendered", path: listing, headers: rendered },
      { name: "product", path: product },
      { name: "product, rendered", path: product, headers: rendered },
      { name: "robots.txt", path: "/robots.txt" },
    ];
    done = step("Warming up (first listing loads the catalog snapshot)");
    for (const route of routes) {
      const response = await fetch(`${server.origin}${route.path}`, { headers: route.headers });
      if (!response.ok) throw new Error(`${route.path} answered ${response.status}`);
      await response.arrayBuffer();
    }
    for (const route of routes) await loadRoute(`${server.origin}${route.path}`, 10, 3, route.headers);
    done();

    const results: Result[] = [];
    for (const route of routes) {
      done = step(
        `Loading ${route.name}: ${route.path} (${options.connections} connections, ${options.durationSeconds} s)`,
      );
      results.push({
        ...route,
        load: await loadRoute(
          `${server.origin}${route.path}`,
          options.connections,
          options.durationSeconds,
          route.headers,
        ),
      });
      done();
    }
    printTable(results, options);
  } finally {
    await store?.stop();
  }
}

function printTable(results: Result[], options: Options) {
  const robots = results.find((result) => result.name === "robots.txt")?.load.requestsPerSecond ?? Number.NaN;
  const rows = results.map(({ name, path: route, load }) => [
    name,
    route,
    load.requestsPerSecond.toFixed(0),
    load.p50Ms.toFixed(0),
    load.p95Ms.toFixed(0),
    `${((load.requestsPerSecond / robots) * 100).toFixed(0)}%`,
    String(load.non2xx + load.errors),
  ]);
  const header = ["route", "path", "req/s", "p50 ms", "p95 ms", "vs robots.txt", "non-2xx+errors"];
  console.log(
    `\n${options.products} synthetic products + demo catalog, ${options.connections} connections, ${options.durationSeconds} s per route, ${os.cpus().length} CPUs\n`,
  );
  console.log(markdownTable(header, rows));

  console.log("");
  for (const name of ["listing", "listing, with a cart", "listing, rendered"]) {
    const listing = results.find((result) => result.name === name)?.load;
    if (!listing) continue;
    const ratio = listing.requestsPerSecond / robots;
    console.log(
      `Targets for the ${name}: p95 < ${TARGET_LISTING_P95_MS} ms: ${listing.p95Ms < TARGET_LISTING_P95_MS ? "met" : "MISSED"} (${listing.p95Ms.toFixed(0)} ms); ` +
        `throughput >= ${TARGET_LISTING_RATIO * 100}% of robots.txt: ${ratio >= TARGET_LISTING_RATIO ? "met" : "MISSED"} (${(ratio * 100).toFixed(0)}%).`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
