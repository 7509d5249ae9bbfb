import cluster from "node:cluster";
import { answerWorkersMetricsRequests } from "../../lib/metrics/cluster-metrics";

// The primary of scripts/serve.ts when it runs several processes (decision 0009): it starts the
// workers, replaces one that dies, and stops them all on a signal. Workers report readiness with
// process.send({ ready: true }). It also answers a worker's request for every worker's metrics,
// so a scrape of /metrics on any of them sees the whole server (decision 0018).

export function runClusterPrimary(options: {
  workers: number;
  onReady: () => void;
  /** How long stopping workers get to drain before the primary exits anyway. */
  stopTimeoutMs?: number;
}): void {
  const { workers } = options;
  answerWorkersMetricsRequests();
  let running = 0;
  let ready = 0;
  let announced = false;
  let stopping: { code: number } | null = null;

  const fork = () => {
    running += 1;
    cluster.fork().on("message", (message: { ready?: boolean }) => {
      if (!message.ready || ++ready < workers || announced) return;
      announced = true;
      options.onReady();
    });
  };
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = { code };
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    if (running === 0) process.exit(code);
    setTimeout(() => process.exit(code), options.stopTimeoutMs ?? 10_000).unref();
  };

  cluster.on("exit", (_worker, code, signal) => {
    running -= 1;
    if (stopping) {
      if (running === 0) process.exit(stopping.code);
      return;
    }
    // A worker that never got going won't do better the next time: stop, and say why.
    if (!announced) {
      console.error(`A web server process exited during startup (${signal ?? code}).`);
      stopAll(1);
      return;
    }
    console.error(`A web server process exited (${signal ?? code}); starting another.`);
    ready -= 1;
    fork();
  });
  for (let i = 0; i < workers; i++) fork();
  process.once("SIGTERM", () => stopAll(0));
  process.once("SIGINT", () => stopAll(0));
}
