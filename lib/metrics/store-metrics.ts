import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { installOutcomeRecorder, type PageCacheResult } from "./record-outcome";

// The production server's Prometheus metrics (GET /metrics, decision 0018). One registry per
// process; with several processes (node:cluster) the primary adds them up at each scrape
// (cluster-metrics.ts). Every label has a bounded set of values: route patterns, HTTP methods
// and statuses, code words.

export type QueueCountsReader = () => Promise<
  { queue: string; queued: number; active: number; failed: number; dead: number }[]
>;

export type StoreMetrics = {
  registry: Registry;
  /** One finished (or abandoned) request, `route` from route-label.ts. */
  observeRequest(request: { method: string; route: string; status: number; seconds: number }): void;
};

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const QUEUE_STATES = ["queued", "active", "failed", "dead"] as const;

export function createStoreMetrics(options: { readQueueCounts?: QueueCountsReader } = {}): StoreMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by method and route pattern.",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pageCache = new Counter({
    name: "page_cache_answers_total",
    help: "Cacheable page requests: hit (from the cache), miss (rendered), unavailable (version read failed).",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const checkout = new Counter({
    name: "checkout_outcomes_total",
    help: 'Checkout starts by outcome: "started" or the error code returned to the shopper.',
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const webhook = new Counter({
    name: "stripe_webhook_outcomes_total",
    help: "Stripe webhook deliveries by outcome: the event's result, or the error code answered.",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  for (const result of ["hit", "miss", "unavailable"] as const) pageCache.inc({ result }, 0);
  checkout.inc({ outcome: "started" }, 0);
  webhook.inc({ outcome: "applied" }, 0);

  const { readQueueCounts } = options;
  if (readQueueCounts) {
    const depth: Gauge<"queue" | "state"> = new Gauge({
      name: "job_queue_jobs",
      help: "Jobs in each queue by state (queued, active, failed = waiting for a retry, dead), read at scrape time.",
      labelNames: ["queue", "state"] as const,
      registers: [registry],
      // Every process reads the same table: the processes' values are one value, not a sum.
      aggregator: "max",
      async collect() {
        depth.reset();
        let counts;
        try {
          counts = await readQueueCounts();
        } catch {
          return; // The database is down: no value rather than a wrong one (readiness says why).
        }
        for (const row of counts) for (const state of QUEUE_STATES) depth.set({ queue: row.queue, state }, row[state]);
      },
    });
  }

  installOutcomeRecorder({
    pageCache: (result: PageCacheResult) => pageCache.inc({ result }),
    checkout: (outcome) => checkout.inc({ outcome }),
    webhook: (outcome) => webhook.inc({ outcome }),
  });

  return {
    registry,
    observeRequest({ method, route, status, seconds }) {
      const knownMethod = METHODS.has(method) ? method : "other";
      requests.inc({ method: knownMethod, route, status: String(status) });
      latency.observe({ method: knownMethod, route }, seconds);
    },
  };
}
