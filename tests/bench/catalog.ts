// `npm run bench:catalog [-- --products 10000 --duration 10 --connections 50]`
//
// Listing and product-page throughput on a large catalog, measured against /robots.txt on the
// same server in the same run (these machines are shared and noisy, so the ratio is what counts).
// Starts its own embedded PostgreSQL in a temp dir, migrates, seeds the demo catalog plus N
// synthetic products, builds the app into .next-bench, runs `next start`, loads each route with
// autocannon, prints a table, and stops everything it started.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedDemoCatalog } from "../../prisma/seed";
import { benchSlug, seedLargeCatalog } from "../../scripts/seed-large";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../scripts/lib/embedded-database";
import { findFreePort } from "../../scripts/lib/free-port";
import { applyMigrations } from "../../scripts/lib/migrate";
import { createScriptClient } from "../../scripts/lib/prisma-client";
import { loadRoute, type RouteLoad } from "./lib/load-route";
import { buildApp, startApp, type RunningServer } from "./lib/next-server";

const TARGET_LISTING_P95_MS = 100;
const TARGET_LISTING_RATIO = 0.35;
const DIST_DIR = ".next-bench";

type Options = { products: number; durationSeconds: number; connections: number; skipBuild: boolean };

function parseOptions(argv: string[]): Options {
  const number = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    if (at < 0) return fallback;
    const value = Number(argv[at + 1]);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number`);
    return value;
  };
  return {
    products: number("--products", 10_000),
    durationSeconds: number("--duration", 10),
    connections: number("--connections", 50),
    // For re-runs on unchanged sources: reuse the last .next-bench build.
    skipBuild: argv.includes("--skip-build"),
  };
}

function step(text: string): () => void {
  const started = performance.now();
  process.stdout.write(`${text}... `);
  return () => console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "store-bench-"));
  // PostgreSQL runs as its own user (these machines run as root) and must reach its data dir inside.
  fs.chmodSync(workDir, 0o755);
  let database: EmbeddedDatabase | undefined;
  let server: RunningServer | undefined;
  const cleanUp = async () => {
    await server?.stop().catch((error) => console.error("Stopping next start:", error));
    await database?.stop().catch((error) => console.error("Stopping PostgreSQL:", error));
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  const onSignal = () => {
    console.log("\nInterrupted: stopping the server and database.");
    void cleanUp().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    let done = step("Starting PostgreSQL");
    database = await startEmbeddedDatabase({ dataDir: path.join(workDir, "pg"), database: "bench" });
    done();
    done = step("Migrating");
    await applyMigrations(database.url);
    done();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: database.url,
    };
    // Built first, so a broken build fails the run before the slow seeding.
    if (!options.skipBuild || !fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
      done = step(`Building the app into ${DIST_DIR}`);
      await buildApp(env, path.join(os.tmpdir(), "store-bench-build.log"));
      done();
    }
    done = step("Seeding the demo catalog");
    const db = createScriptClient(database.url);
    await seedDemoCatalog(db).finally(() => db.$disconnect());
    done();
    done = step(`Seeding ${options.products} synthetic products`);
    const large = await seedLargeCatalog(database.url, { products: options.products, quiet: true });
    done();
    console.log(`  ${large.inserted} products, ${large.variants} variants (bulk load ${large.seconds.toFixed(1)} s, triggers ${large.triggersSkipped ? "skipped" : "fired"})`);

    done = step("Starting next start");
    server = await startApp(env, await findFreePort(), path.join(os.tmpdir(), "store-bench-server.log"));
    done();

    const routes = [
      { name: "listing", path: "/shoes?width=4E&range=men" },
      { name: "product", path: `/shoes/${benchSlug(Math.min(42, options.products), options.products)}` },
      { name: "robots.txt", path: "/robots.txt" },
    ];
    done = step("Warming up (first listing loads the catalog snapshot)");
    for (const route of routes) {
      const response = await fetch(`${server.origin}${route.path}`);
      if (!response.ok) throw new Error(`${route.path} answered ${response.status}`);
      await response.arrayBuffer();
    }
    for (const route of routes) await loadRoute(`${server.origin}${route.path}`, 10, 3);
    done();

    const results: { name: string; path: string; load: RouteLoad }[] = [];
    for (const route of routes) {
      done = step(`Loading ${route.path} (${options.connections} connections, ${options.durationSeconds} s)`);
      results.push({ ...route, load: await loadRoute(`${server.origin}${route.path}`, options.connections, options.durationSeconds) });
      done();
    }
    printTable(results, options);
  } finally {
    await cleanUp();
  }
}

function printTable(results: { name: string; path: string; load: RouteLoad }[], options: Options) {
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
  const widths = header.map((title, col) => Math.max(title.length, ...rows.map((row) => (row[col] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(" | ")} |`;
  console.log(`\n${options.products} synthetic products + demo catalog, ${options.connections} connections, ${options.durationSeconds} s per route, ${os.cpus().length} CPUs\n`);
  console.log(line(header));
  console.log(line(widths.map((width) => "-".repeat(width))));
  for (const row of rows) console.log(line(row));

  const listing = results.find((result) => result.name === "listing")?.load;
  if (listing) {
    const ratio = listing.requestsPerSecond / robots;
    console.log(
      `\nTargets for the listing: p95 < ${TARGET_LISTING_P95_MS} ms: ${listing.p95Ms < TARGET_LISTING_P95_MS ? "met" : "MISSED"} (${listing.p95Ms.toFixed(0)} ms); ` +
        `throughput >= ${TARGET_LISTING_RATIO * 100}% of robots.txt: ${ratio >= TARGET_LISTING_RATIO ? "met" : "MISSED"} (${(ratio * 100).toFixed(0)}%).`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
