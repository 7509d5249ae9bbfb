import type { RouteLoad } from "./load-route";
import { runRecorded } from "./load-route";

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

export function loadRequests(options: LoadRequestsOptions): Promise<RouteLoad> {
  const { pathname, search } = new URL(options.url);
  return runRecorded({
    url: options.url,
    connections: options.connections,
    ...(options.amount === undefined ? { duration: options.durationSeconds } : { amount: options.amount }),
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
}
