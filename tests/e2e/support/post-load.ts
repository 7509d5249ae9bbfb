import autocannon from "autocannon";
import { percentile } from "../../bench/lib/fit-stats";

// A fixed number of POSTs at a fixed concurrency with autocannon, each request carrying the next
// body from a list (so the server sees varied input, not one cached answer). autocannon reports
// p50/p97.5/p99 only, so every response time is recorded and p95 computed from those.

export type PostLoadResult = {
  /** Responses received, whatever their status. */
  responses: number;
  statusCounts: Record<number, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
};

type Options = Parameters<typeof autocannon>[0];

export async function runPostLoad(input: {
  url: string;
  bodies: string[];
  connections: number;
  timeoutSeconds?: number;
}): Promise<PostLoadResult> {
  const { url, bodies, connections } = input;
  let next = 0;
  const latencies: number[] = [];
  const statusCounts: Record<number, number> = {};
  // The shared declaration (tests/bench/lib/autocannon.d.ts) lists only what GET runs need;
  // autocannon itself takes method, body, headers and a per-request setup hook.
  const options = {
    url,
    connections,
    amount: bodies.length,
    timeout: input.timeoutSeconds ?? 30,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request: Record<string, unknown>) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  } as unknown as Options;
  const started = performance.now();
  const instance = autocannon(options);
  instance.on("response", (_client, status, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
    statusCounts[status] = (statusCounts[status] ?? 0) + 1;
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  return {
    responses: latencies.length,
    statusCounts,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: latencies.length ? Math.max(...latencies) : Number.NaN,
  };
}
