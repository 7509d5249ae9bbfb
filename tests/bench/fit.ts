// `npm run bench:fit [-- --answers 300 --duration 10 --connections 20 --skip-build --engine-only --http-only]`
//
// (a) The fit engine alone: recommend() over in-memory catalogs of 10,000 and 40,000 products
//     (40–70 variants each, brand charts from the seed), for a few hundred varied answers.
// (b) POST /api/fit/recommendations over HTTP on a production build, loaded with autocannon
//     while GET /robots.txt is loaded in the same seconds (these machines are shared and noisy,
//     so the ratio is what counts). Starts its own embedded PostgreSQL in a temp dir, migrates,
//     seeds the demo catalog, builds into .next-benchfit, and stops everything it started.
import os from "node:os";
import { BASE_ANSWERS } from "../support/fit-answers";
import { runEngineBench, type EngineRow } from "./lib/fit-engine-bench";
import { startBenchStore, step, type BenchStore } from "./lib/bench-store";
import { markdownTable, positiveIntegerFlag, stopOnSignal } from "./lib/cli";
import { loadTogether, type LoadResult } from "./lib/fit-http-load";

const TARGETS = { engineP95Ms10k: 20, engineRatio: 4.5, httpP95Ms: 80 };
const ENGINE_SIZES = [10_000, 40_000];
const DIST_DIR = ".next-benchfit";

type Options = {
  answers: number;
  durationSeconds: number;
  connections: number;
  robotsConnections: number;
  skipBuild: boolean;
  engine: boolean;
  http: boolean;
};

function parseOptions(argv: string[]): Options {
  const number = (flag: string, fallback: number) => positiveIntegerFlag(argv, flag, fallback);
  return {
    answers: number("--answers", 300),
    durationSeconds: number("--duration", 10),
    connections: number("--connections", 20),
    // A lighter load on the static route: it measures what the server answers with next to the quiz.
    robotsConnections: number("--robots-connections", 5),
    // For re-runs on unchanged sources: reuse the last .next-benchfit build.
    skipBuild: argv.includes("--skip-build"),
    engine: !argv.includes("--http-only"),
    http: !argv.includes("--engine-only"),
  };
}

const verdict = (met: boolean) => (met ? "met" : "MISSED");

function reportEngine(rows: EngineRow[]): void {
  console.log(
    `\n(a) Engine: recommend() per answer, ${rows[0]?.runs ?? 0} answers per catalog, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)}\n`,
  );
  console.log(
    markdownTable(
      [
        "products",
        "variants/product (min-mean-max)",
        "p50 ms",
        "p95 ms",
        "cpu p50 ms",
        "cpu p95 ms",
        "answers with picks",
      ],
      rows.map((row) => [
        String(row.products),
        `${row.variants.min}-${row.variants.mean.toFixed(1)}-${row.variants.max}`,
        row.p50.toFixed(2),
        row.p95.toFixed(2),
        row.cpuP50.toFixed(2),
        row.cpuP95.toFixed(2),
        `${(row.withPicks * 100).toFixed(0)}%`,
      ]),
    ),
  );
  const small = rows.find((row) => row.products === 10_000);
  const large = rows.find((row) => row.products === 40_000);
  if (!small || !large) return;
  const ratio = large.p95 / small.p95;
  console.log(
    `\np95 at 10,000 < ${TARGETS.engineP95Ms10k} ms: ${verdict(small.p95 < TARGETS.engineP95Ms10k)} (${small.p95.toFixed(2)} ms); ` +
      `p95(40k)/p95(10k) <= ${TARGETS.engineRatio}: ${verdict(ratio <= TARGETS.engineRatio)} (${ratio.toFixed(2)}; cpu ${(large.cpuP95 / small.cpuP95).toFixed(2)})`,
  );
}

function reportHttp(results: LoadResult[], options: Options): void {
  console.log(
    `\n(b) HTTP: both routes loaded at the same time for ${options.durationSeconds} s, demo catalog, scripts/serve.ts with ${process.env.WEB_CONCURRENCY ?? os.availableParallelism()} process(es), ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)}\n`,
  );
  console.log(
    markdownTable(
      ["route", "connections", "req/s", "p50 ms", "p95 ms", "responses", "non-2xx+errors"],
      results.map((r) => [
        r.name,
        String(r.connections),
        r.requestsPerSecond.toFixed(0),
        r.p50Ms.toFixed(1),
        r.p95Ms.toFixed(1),
        String(r.total),
        String(r.non2xx + r.errors),
      ]),
    ),
  );
  const [quiz, robots] = results;
  if (!quiz || !robots) return;
  console.log(
    `\nPOST p95 < ${TARGETS.httpP95Ms} ms: ${verdict(quiz.p95Ms < TARGETS.httpP95Ms)} (${quiz.p95Ms.toFixed(1)} ms); ` +
      `p95 ratio POST/robots.txt ${(quiz.p95Ms / robots.p95Ms).toFixed(2)}, p50 ratio ${(quiz.p50Ms / robots.p50Ms).toFixed(2)}; ` +
      `errors ${quiz.non2xx + quiz.errors + robots.non2xx + robots.errors}`,
  );
}

async function benchHttp(options: Options): Promise<LoadResult[]> {
  let server: BenchStore | undefined;
  const removeSignalHandlers = stopOnSignal(() => server?.stop());

  try {
    server = await startBenchStore({ distDir: DIST_DIR, products: 0, skipBuild: options.skipBuild, step });
    let done: () => void;
    const quizUrl = `${server.origin}/api/fit/recommendations`;
    const body = JSON.stringify(BASE_ANSWERS);
    const headers = { "content-type": "application/json" };
    done = step("Checking and warming up both routes");
    const first = await fetch(quizUrl, { method: "POST", body, headers });
    const reply = (await first.json()) as { status?: string; picks?: unknown[] };
    if (first.status !== 200 || reply.status !== "ok" || !reply.picks?.length) {
      throw new Error(`POST ${quizUrl} answered ${first.status} ${JSON.stringify(reply).slice(0, 300)}`);
    }
    await loadTogether(
      [
        { name: "warm-up quiz", url: quizUrl, connections: 5, method: "POST", body, headers },
        { name: "warm-up robots", url: `${server.origin}/robots.txt`, connections: 2 },
      ],
      3,
    );
    done();

    done = step(`Loading for ${options.durationSeconds} s`);
    const results = await loadTogether(
      [
        {
          name: "POST /api/fit/recommendations",
          url: quizUrl,
          connections: options.connections,
          method: "POST",
          body,
          headers,
        },
        { name: "GET /robots.txt", url: `${server.origin}/robots.txt`, connections: options.robotsConnections },
      ],
      options.durationSeconds,
    );
    done();
    return results;
  } finally {
    await server?.stop();
    removeSignalHandlers();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  // HTTP first: autocannon runs in this process, and after the engine part its heap has held
  // catalogs of 40,000 products, whose collection would land in the middle of the load.
  const httpResults = options.http ? await benchHttp(options) : [];
  let engineRows: EngineRow[] = [];
  if (options.engine) {
    console.log(`Engine: ${ENGINE_SIZES.join(" and ")} synthetic products, ${options.answers} answers`);
    engineRows = runEngineBench(ENGINE_SIZES, options.answers, (line) => console.log(line));
  }
  if (engineRows.length > 0) reportEngine(engineRows);
  if (httpResults.length > 0) reportHttp(httpResults, options);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
