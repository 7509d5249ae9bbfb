// The production web server: Next's request handler with the page cache in front of it
// (lib/page-cache, decision 0008), and the quiz submission answered directly (decision
// 0010). `npm start`, the browser tests and the benchmarks all run this in place of
// `next start`. Usage: serve.ts [-p PORT] [-H HOST]
//
// WEB_CONCURRENCY=N runs N copies of it on the one port (node:cluster; the default is one per
// CPU core), so a page render on one core doesn't hold up requests the other cores could answer.
// The copies share nothing but the database, like app servers behind a load balancer. Each one
// also runs the background job runner (lib/jobs, decision 0017) unless JOB_RUNNER=off.
//
// Operating it (decision 0018): the settings are checked before anything starts; every line it
// logs is JSON (lib/logging), with an access line and an X-Request-Id per request; /healthz,
// /readyz and /metrics are answered here, before Next; SIGTERM drains the requests and jobs in
// flight before the pools close.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "pg";
import type { Logger } from "pino";
import { CART_PAIRS_SQL } from "../lib/cart/cart-pairs-sql";
import { staleSnapshotsServed } from "../lib/catalog/catalog-holder";
import { CONTENT_VERSIONS_SQL, type ContentVersions } from "../lib/catalog/content-versions";
import { coalesceReads } from "../lib/coalesce-reads";
import { getEnv, type Env } from "../lib/env";
import { answerMalformedRequest } from "../lib/http/answer-malformed-request";
import { parseTrustedProxies, resolveClientAddress } from "../lib/http/resolve-client-address";
import { createLogger } from "../lib/logging/create-logger";
import { runWithRequest } from "../lib/logging/request-context";
import { REQUEST_ID_HEADER, requestIdFor } from "../lib/logging/request-id";
import { routeConsoleToLogger } from "../lib/logging/route-console-to-logger";
import { metricsCollector } from "../lib/metrics/cluster-metrics";
import { createMetricsEndpoint } from "../lib/metrics/metrics-endpoint";
import { loadRouteLabeler } from "../lib/metrics/route-label";
import { createStoreMetrics } from "../lib/metrics/store-metrics";
import { drainHttpServer } from "../lib/ops/drain-http-server";
import { createHealthEndpoints } from "../lib/ops/health-endpoints";
import { listMigrationFolders } from "../lib/ops/migration-folders";
import { APPLIED_MIGRATIONS_SQL, createReadiness } from "../lib/ops/readiness";
import { exitOnConfigProblems } from "../lib/ops/validate-config";
import { createPageCacheHandler } from "../lib/page-cache/page-cache-handler";
import { PageStore } from "../lib/page-cache/page-store";
import { allowServerOnlyImports } from "./lib/allow-server-only";
import { runClusterPrimary } from "./lib/cluster-primary";
import { loadDirectRoutes } from "./lib/direct-routes";
import { startJobs } from "./lib/start-jobs";

// Before Next loads: it reads NODE_ENV once, at import.
Object.assign(process.env, { NODE_ENV: "production" });

/** Enough for every filter combination shoppers actually use; a listing page is about 90 kB. */
const STORE_LIMITS = { maxEntries: 2_000, maxBytes: 128 * 1024 * 1024 };
const APP_DIR = path.join(__dirname, "..");
/** Load balancers ask every few seconds: their answers are logged at debug level only. */
const PROBE_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

type Address = { port: number; hostname: string | undefined };

function serverAddress(): Address {
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  });
  return { port: Number(values.port ?? process.env.PORT ?? 3000), hostname: values.hostname };
}

/** One server process: Next behind the page cache, listening on the (shared) port. */
async function serve({ port, hostname }: Address, env: Env, logger: Logger): Promise<void> {
  const started = performance.now();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: APP_DIR, hostname, port });
  await app.prepare();
  const render = app.getRequestHandler();

  // Its own small pool: a short read or two per cached answer (and the readiness probe), never
  // waiting long on a sick database.
  const pool = new Pool({
    connectionString: env.DATABASE_URL,
    max: 4,
    connectionTimeoutMillis: 2_000,
    query_timeout: 2_000,
    idleTimeoutMillis: 10_000,
  });
  pool.on("error", () => {}); // An idle client lost with the database; the next read reconnects.
  const readVersions = coalesceReads(
    async () => (await pool.query<ContentVersions>(CONTENT_VERSIONS_SQL)).rows[0] as ContentVersions,
  );
  const readCartPairs = async (cartId: string) =>
    (await pool.query<{ pairs: number }>(CART_PAIRS_SQL, [cartId])).rows[0]?.pairs ?? 0;

  allowServerOnlyImports();
  const { readQueueCounts } = await import("../lib/jobs/read-queue-counts");
  const { getDb } = await import("../lib/db");
  const metrics = createStoreMetrics({ readQueueCounts });
  const routeLabel = loadRouteLabeler(APP_DIR, process.env.NEXT_DIST_DIR || ".next");
  const metricsEndpoint = createMetricsEndpoint({
    token: env.METRICS_TOKEN,
    collect: metricsCollector(metrics.registry),
  });

  const pageOrNext =
    env.PAGE_CACHE === "off"
      ? render
      : createPageCacheHandler({
          render,
          readVersions,
          readCartPairs,
          staleSnapshotsServed,
          store: new PageStore(STORE_LIMITS),
        });
  const directRoute = await loadDirectRoutes();
  // Before listening: a database without the job runner's tables stops the start, with the reason.
  const jobs = env.JOB_RUNNER === "off" ? null : await startJobs();
  const readiness = createReadiness({
    readAppliedMigrations: async () =>
      (await pool.query<{ migration_name: string }>(APPLIED_MIGRATIONS_SQL)).rows.map((row) => row.migration_name),
    shippedMigrations: listMigrationFolders(path.join(APP_DIR, "prisma", "migrations")),
    jobRunner: jobs,
  });
  const healthEndpoint = createHealthEndpoints({ checkReadiness: () => readiness.check() });
  const trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES);
  let draining = false;

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const health = healthEndpoint(req, res);
    if (health) return health;
    if ((req.url ?? "").split("?", 1)[0] === "/metrics") return metricsEndpoint(req, res);
    // One address, from the connection and trusted proxies only: what everything after reads (decision 0005).
    req.headers["x-forwarded-for"] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      trustedProxies,
    );
    return answerMalformedRequest(req, res, pageOrNext) ?? directRoute(req, res) ?? pageOrNext(req, res);
  };

  const server = http.createServer((req, res) => {
    const arrived = performance.now();
    // Never the query string: it can carry tokens (order links) and campaign ids.
    const pathname = (req.url ?? "").split("?", 1)[0] ?? "";
    const requestId = requestIdFor(req, trustedProxies);
    stampResponse(res, requestId, () => draining);
    res.once("close", () => {
      const seconds = (performance.now() - arrived) / 1000;
      const route = routeLabel(pathname);
      const method = req.method ?? "";
      metrics.observeRequest({ method, route, status: res.statusCode, seconds });
      const pageCache = res.getHeader("x-page-cache");
      logger[PROBE_PATHS.has(pathname) ? "debug" : "info"](
        {
          requestId,
          method,
          path: pathname.slice(0, 300),
          route,
          status: res.statusCode,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(typeof pageCache === "string" ? { pageCache } : {}),
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        "request",
      );
    });
    runWithRequest({ requestId }, () => {
      handle(req, res).catch((error: unknown) => {
        console.error("Request failed:", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Something went wrong on our side.");
      });
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
    announceReady({ port, hostname }, 1, started, env);
  }

  // Stop taking connections and say so (/readyz 503), let the requests and jobs in hand finish
  // (up to SHUTDOWN_TIMEOUT_MS for requests; the runner has its own deadline), then close Next
  // and the pools, and exit.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    draining = true;
    readiness.markDraining();
    console.info(`${signal}: stopping; finishing the requests and jobs in flight.`);
    void (async () => {
      const [drained, jobsStopped] = await Promise.allSettled([
        drainHttpServer(server, env.SHUTDOWN_TIMEOUT_MS),
        jobs?.stop(),
      ]);
      if (drained.status === "fulfilled" && drained.value.forced)
        console.warn(`Requests still running after ${env.SHUTDOWN_TIMEOUT_MS} ms were cut off.`);
      if (jobsStopped.status === "rejected") console.warn(`The job runner didn't stop cleanly: ${jobsStopped.reason}`);
      await app.close().catch(() => {});
      await Promise.allSettled([pool.end(), getDb().$disconnect()]);
      console.info("Stopped.");
      process.exit(0);
    })();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/**
 * Every answer carries its request id, also one kept by the page cache (whose stored headers
 * were recorded on another request); while the server drains, every answer closes its connection.
 */
function stampResponse(res: http.ServerResponse, requestId: string, draining: () => boolean): void {
  const writeHead = res.writeHead as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    this.setHeader(REQUEST_ID_HEADER, requestId);
    if (draining()) this.setHeader("connection", "close");
    const stamped = args.map((arg) =>
      arg && typeof arg === "object" && !Array.isArray(arg)
        ? { ...arg, [REQUEST_ID_HEADER]: requestId, ...(draining() ? { connection: "close" } : {}) }
        : arg,
    );
    return writeHead.apply(this, stamped);
  } as typeof res.writeHead;
}

function announceReady({ port, hostname }: Address, processes: number, started: number, env: Env): void {
  const cache = env.PAGE_CACHE === "off" ? "without" : "with";
  console.info(
    `Next.js ${cache} the page cache on http://${hostname ?? "localhost"}:${port} (${processes === 1 ? "one process" : `${processes} processes`})`,
  );
  console.info(`Ready in ${Math.round(performance.now() - started)}ms`);
}

async function run(): Promise<void> {
  // Before anything starts: each bad setting is one line, and the exit status says it failed.
  exitOnConfigProblems();
  const env = getEnv();
  const logger = createLogger({
    level: env.LOG_LEVEL,
    secrets: [env.METRICS_TOKEN, env.STRIPE_WEBHOOK_SECRET].filter((value): value is string => !!value),
  });
  routeConsoleToLogger(logger);
  const workers = env.WEB_CONCURRENCY ?? os.availableParallelism();
  const address = serverAddress();
  if (workers > 1 && cluster.isPrimary) {
    const started = performance.now();
    runClusterPrimary({
      workers,
      onReady: () => announceReady(address, workers, started, env),
      // A worker's drain (requests, then Next and the pools) plus a margin.
      stopTimeoutMs: env.SHUTDOWN_TIMEOUT_MS + 5_000,
    });
    return;
  }
  await serve(address, env, logger);
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
