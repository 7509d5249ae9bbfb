import cluster from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

// /metrics with one process per core (decision 0009): each worker has its own registry, and a
// scrape lands on any one of them. That worker asks the primary, which asks every worker for its
// metrics (prom-client's AggregatorRegistry) and answers with their sum, so one scrape sees the
// whole server. One process alone (WEB_CONCURRENCY=1) answers from its own registry.

const REQUEST = "steady-stride:metrics-request";
const ANSWER = "steady-stride:metrics-answer";
const WORKER_TIMEOUT_MS = 6_000;

export type MetricsText = { contentType: string; body: string };

type Request = { type: typeof REQUEST; id: number };
type Answer = { type: typeof ANSWER; id: number; body?: string; error?: string };

/** In each process that serves requests: what /metrics answers. */
export function metricsCollector(registry: Registry): () => Promise<MetricsText> {
  const contentType = registry.contentType;
  if (!cluster.isWorker) return async () => ({ contentType, body: await registry.metrics() });

  // Answer the primary's requests for this worker's metrics (prom-client's listener).
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry();
  let nextId = 0;
  const waiting = new Map<number, (answer: Answer) => void>();
  process.on("message", (message: Answer) => {
    if (message?.type === ANSWER) waiting.get(message.id)?.(message);
  });
  return () =>
    new Promise<MetricsText>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(
        () => settle({ type: ANSWER, id, error: "the primary didn't answer" }),
        WORKER_TIMEOUT_MS,
      );
      const settle = (answer: Answer) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (answer.body !== undefined) resolve({ contentType, body: answer.body });
        else reject(new Error(`Metrics unavailable: ${answer.error ?? "no answer"}`));
      };
      waiting.set(id, settle);
      process.send?.({ type: REQUEST, id } satisfies Request);
    });
}

/** In the cluster primary: answer workers' requests with every worker's metrics added up. */
export function answerWorkersMetricsRequests(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: Request) => {
    if (message?.type !== REQUEST) return;
    const reply = (answer: Omit<Answer, "type" | "id">) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...answer } satisfies Answer);
    };
    aggregator.clusterMetrics().then(
      (body) => reply({ body }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
