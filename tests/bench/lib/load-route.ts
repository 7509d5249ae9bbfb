import autocannon from "autocannon";

// autocannon runs with every response time recorded: autocannon reports p50/p97.5/p99 but not
// p95, so the percentiles are computed here from all the samples.

export type RouteLoad = {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  total: number;
  non2xx: number;
  errors: number;
};
type Options = Parameters<typeof autocannon>[0];

/** One autocannon run; errors include timeouts. */
export async function runRecorded(options: Options): Promise<RouteLoad> {
  const latencies: number[] = [];
  const instance = autocannon({ timeout: 30, ...options });
  instance.on("response", (_client, _status, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    // Completed responses over the run's length, so it agrees with the latency samples.
    requestsPerSecond: latencies.length / result.duration,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    total: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** GET one URL for a while (with these request headers, say a cookie). */
export function loadRoute(
  url: string,
  connections: number,
  durationSeconds: number,
  headers?: Record<string, string>,
): Promise<RouteLoad> {
  return runRecorded({ url, connections, duration: durationSeconds, ...(headers ? { headers } : {}) });
}

/** Nearest-rank percentile of sorted values; NaN when there are none. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}
