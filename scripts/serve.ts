// The production web server: Next's request handler with the page cache in front of it
// (lib/http/page-cache, decision 0008). `npm start`, the browser tests and the benchmarks all
// run this in place of `next start`. Usage: serve.ts [-p PORT] [-H HOST]
//
// WEB_CONCURRENCY=N runs N copies of it on the one port (node:cluster; the default is one per
// CPU core), so a page render on one core doesn't hold up requests the other cores could answer.
// The copies share nothing but the database, like app servers behind a load balancer.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "pg";
import { CART_PAIRS_SQL } from "../lib/cart/cart-pairs-sql";
import { staleSnapshotsServed } from "../lib/catalog/catalog-holder";
import { coalesceReads, CONTENT_VERSIONS_SQL, type ContentVersions } from "../lib/http/page-cache/content-versions";
import { createPageCacheHandler } from "../lib/http/page-cache/page-cache-handler";
import { PageStore } from "../lib/http/page-cache/page-store";

// Before Next loads: it reads NODE_ENV once, at import.
Object.assign(process.env, { NODE_ENV: "production" });

/** Enough for every filter combination shoppers actually use; a listing page is about 90 kB. */
const STORE_LIMITS = { maxEntries: 2_000, maxBytes: 128 * 1024 * 1024 };

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database).");

  const started = performance.now();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: path.join(__dirname, ".."), hostname, port });
  await app.prepare();
  const render = app.getRequestHandler();

  // Its own small pool: a short read or two per cached answer, never waiting long on a sick database.
  const pool = new Pool({ connectionString: databaseUrl, max: 4, connectionTimeoutMillis: 2_000, query_timeout: 2_000, idleTimeoutMillis: 10_000 });
  pool.on("error", () => {}); // An idle client lost with the database; the next read reconnects.
  const readVersions = coalesceReads(async () => (await pool.query<ContentVersions>(CONTENT_VERSIONS_SQL)).rows[0] as ContentVersions);

  const readCartPairs = async (cartId: string) => (await pool.query<{ pairs: number }>(CART_PAIRS_SQL, [cartId])).rows[0]?.pairs ?? 0;
  const handle =
    process.env.PAGE_CACHE === "off"
      ? render
      : createPageCacheHandler({ render: (req, res) => render(req, res), readVersions, readCartPairs, staleSnapshotsServed, store: new PageStore(STORE_LIMITS) });
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("Request failed:", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Something went wrong on our side.");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  if (cluster.isWorker) {
    process.send?.({ ready: true });
    // Orphaned by a primary that was killed outright: don't linger holding the port.
    process.on("disconnect", () => process.exit(0));
  } else {
    announceReady({ hostname, port, workers: 1, startedMs: performance.now() - started });
  }

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void Promise.allSettled([app.close(), pool.end()]).then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

function announceReady(options: { hostname: string | undefined; port: number; workers: number; startedMs: number }): void {
  const cache = process.env.PAGE_CACHE === "off" ? "without" : "with";
  const processes = options.workers === 1 ? "one process" : `${options.workers} processes`;
  console.log(`  ▲ Next.js ${cache} the page cache on http://${options.hostname ?? "localhost"}:${options.port} (${processes})`);
  console.log(` ✓ Ready in ${Math.round(options.startedMs)}ms`);
}

function workerCount(): number {
  const configured = process.env.WEB_CONCURRENCY;
  if (configured === undefined || configured === "") return os.availableParallelism();
  const count = Number(configured);
  if (!Number.isInteger(count) || count < 1 || count > 64) throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (got "${configured}").`);
  return count;
}

/** The cluster's primary: starts the workers, replaces one that dies, and stops them all on a signal. */
function runPrimary(workers: number): void {
  const started = performance.now();
  const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
  let running = 0;
  let ready = 0;
  let stopping: { code: number } | null = null;
  const fork = () => {
    running += 1;
    cluster.fork().on("message", (message: { ready?: boolean }) => {
      if (message.ready && ++ready === workers) {
        announceReady({ hostname: values.hostname, port: Number(values.port ?? process.env.PORT ?? 3000), workers, startedMs: performance.now() - started });
      }
    });
  };
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = { code };
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    if (running === 0) process.exit(code);
    setTimeout(() => process.exit(code), 10_000).unref();
  };
  cluster.on("exit", (_worker, code, signal) => {
    running -= 1;
    if (stopping) {
      if (running === 0) process.exit(stopping.code);
      return;
    }
    // A worker that never got going won't do better the next time: stop, and say why.
    if (ready < workers) {
      console.error(`A web server process exited during startup (${signal ?? code}).`);
      stopAll(1);
      return;
    }
    console.error(`A web server process exited (${signal ?? code}); starting another.`);
    ready -= 1;
    fork();
  });
  for (let i = 0; i < workers; i++) fork();
  process.once("SIGTERM", () => stopAll(0));
  process.once("SIGINT", () => stopAll(0));
}

function run(): void {
  const workers = workerCount();
  if (workers > 1 && cluster.isPrimary) return runPrimary(workers);
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

try {
  run();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
