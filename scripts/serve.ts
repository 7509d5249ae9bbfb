// The production web server: Next's request handler with the page cache in front of it
// (lib/http/page-cache, decision 0008). `npm start`, the browser tests and the benchmarks all
// run this in place of `next start`. Usage: serve.ts [-p PORT] [-H HOST]
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "pg";
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

  // Its own small pool: one short read per cached answer, never waiting long on a sick database.
  const pool = new Pool({ connectionString: databaseUrl, max: 2, connectionTimeoutMillis: 2_000, query_timeout: 2_000, idleTimeoutMillis: 10_000 });
  pool.on("error", () => {}); // An idle client lost with the database; the next read reconnects.
  const readVersions = coalesceReads(async () => (await pool.query<ContentVersions>(CONTENT_VERSIONS_SQL)).rows[0] as ContentVersions);

  const handle = process.env.PAGE_CACHE === "off" ? render : createPageCacheHandler({ render: (req, res) => render(req, res), readVersions, staleSnapshotsServed, store: new PageStore(STORE_LIMITS) });
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
  console.log(`  ▲ Next.js ${process.env.PAGE_CACHE === "off" ? "without" : "with"} the page cache on http://${hostname ?? "localhost"}:${port}`);
  console.log(` ✓ Ready in ${Math.round(performance.now() - started)}ms`);

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void Promise.allSettled([app.close(), pool.end()]).then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
