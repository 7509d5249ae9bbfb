import autocannon from "autocannon";
import { percentile } from "./fit-stats";

// Several autocannon runs at once against one server, so each route's numbers come from the
// same seconds of the same (shared, noisy) machine. autocannon reports p50/p97.5/p99 but not
// p95, so every response time is recorded and the percentiles computed from those.

export type LoadSpec = {
  name: string;
  url: string;
  connections: number;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
};
export type LoadResult = { name: string; connections: number; requestsPerSecond: number; p50Ms: number; p95Ms: number; total: number; non2xx: number; errors: number };

type Options = Parameters<typeof autocannon>[0];

function runOne(spec: LoadSpec, durationSeconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  // The shared declaration (autocannon.d.ts) lists only what GET runs need; autocannon itself
  // takes method, body and headers.
  const options = { url: spec.url, connections: spec.connections, duration: durationSeconds, timeout: 30, method: spec.method ?? "GET", body: spec.body, headers: spec.headers } as Options;
  const instance = autocannon(options);
  instance.on("response", (_client, _status, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
  });
  return Promise.resolve(instance).then((result) => ({
    name: spec.name,
    connections: spec.connections,
    // Completed responses over the run's length, so it agrees with the latency samples.
    requestsPerSecond: latencies.length / result.duration,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    total: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }));
}

export function loadTogether(specs: LoadSpec[], durationSeconds: number): Promise<LoadResult[]> {
  return Promise.all(specs.map((spec) => runOne(spec, durationSeconds)));
}
