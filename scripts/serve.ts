// The production web server: Next's request handler with the page cache in front of it
// (lib/page-cache, decision 0008), and the quiz submission answered directly (decision
// 0010). `npm start`, the browser tests and the benchmarks all run this in place of
// `next start`. Usage: serve.ts [-p PORT] [-H HOST]
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
import { CONTENT_VERSIONS_SQL, type ContentVersions } from "../lib/catalog/content-versions";
import { coalesceReads } from "../lib/coalesce-reads";
import { getEnv } from "../lib/env";
import { answerMalformedRequest } from "../lib/http/answer-malformed-request";
import { parseTrustedProxies, resolveClientAddress } from "../lib/http/resolve-client-address";
import { createPageCacheHandler } from "../lib/page-cache/page-cache-handler";
import { PageStore } from "../lib/page-cache/page-store";
import { runClusterPrimary } from "./lib/cluster-primary";
import { loadDirectRoutes } from "./lib/direct-routes";

// Before Next loads: it reads NODE_ENV once, at import.
Object.assign(process.env, { NODE_ENV: "production" });

/** Enough for every filter combination shoppers actually use; a listing page is about 90 kB. */
const STORE_LIMITS = { maxEntries: 2_000, maxBytes: 128 * 1024 * 1024 };

type Address = { port: number; hostname: string | undefined };

function serverAddress(): Address {
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  });
  return { port: Number(values.port ?? process.env.PORT ?? 3000), hostname: values.hostname };
}

/** One server process: Next behind the page cache, listening on the (shared) port. */
async function serve({ port, hostname }: Address): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database).");

  const started = performance.now();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: path.join(__dirname, ".."), hostname, port });
  await app.prepare();
  const render = app.getRequestHandler();

  // Its own small pool: a short read or two per cached answer, never waiting long on a sick database.
  const pool = new Pool({
    connectionString: databaseUrl,
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

  const pageOrNext =
    process.env.PAGE_CACHE === "off"
      ? render
      : createPageCacheHandler({
          render,
          readVersions,
          readCartPairs,
          staleSnapshotsServed,
          store: new PageStore(STORE_LIMITS),
        });
  const directRoute = await loadDirectRoutes();
  const trustedProxies = parseTrustedProxies(getEnv().TRUSTED_PROXIES);
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    // One address, from the connection and trusted proxies only: what everything after reads (decision 0005).
    req.headers["x-forwarded-for"] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      trustedProxies,
    );
    return answerMalformedRequest(req, res, pageOrNext) ?? directRoute(req, res) ?? pageOrNext(req, res);
  };
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
    announceReady({ port, hostname }, 1, started);
  }

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void Promise.allSettled([app.close(), pool.end()]).then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

function announceReady({ port, hostname }: Address, processes: number, started: number): void {
  const cache = process.env.PAGE_CACHE === "off" ? "without" : "with";
  console.log(
    `  ▲ Next.js ${cache} the page cache on http://${hostname ?? "localhost"}:${port} (${processes === 1 ? "one process" : `${processes} processes`})`,
  );
  console.log(` ✓ Ready in ${Math.round(performance.now() - started)}ms`);
}

function workerCount(): number {
  const configured = process.env.WEB_CONCURRENCY;
  if (configured === undefined || configured === "") return os.availableParallelism();
  const count = Number(configured);
  if (!Number.isInteger(count) || count < 1 || count > 64)
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (got "${configured}").`);
  return count;
}

async function run(): Promise<void> {
  const workers = workerCount();
  const address = serverAddress();
  if (workers > 1 && cluster.isPrimary) {
    const started = performance.now();
    runClusterPrimary({ workers, onReady: () => announceReady(address, workers, started) });
    return;
  }
  await serve(address);
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
