import autocannon from "autocannon";
import { percentile, type RouteLoad } from "./load-route";

// One autocannon run where every request can differ (a new quiz answer, another shopper's cart
// cookie, the next signed webhook event): `next()` supplies each request's body and headers.
// Runs for `durationSeconds`, or until `amount` requests when each request may be sent only
// once (a cart can be checked out once, an event paid once).

export type RequestPart = { body?: string; headers?: Record<string, string> };
export type LoadRequestsOptions = {
  url: string;
  method: "GET" | "POST";
  connections: number;
  next: () => RequestPart;
} & ({ durationSeconds: number; amount?: undefined } | { amount: number; durationSeconds?: undefined });

export async function loadRequests(options: LoadRequestsOptions): Promise<RouteLoad> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const { pathname, search } = new URL(options.url);
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount === undefined ? { duration: options.durationSeconds } : { amount: options.amount }),
    timeout: 30,
    requests: [
      {
        method: options.method,
        path: `${pathname}${search}`,
        setupRequest: (request) => {
          const part = options.next();
          return { ...request, body: part.body, headers: { ...request.headers, ...part.headers } };
        },
      },
    ],
  });
  instance.on("response", (_client, status, _bytes, responseTimeMs) => {
    latencies.push(responseTimeMs);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / result.duration,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    total: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
