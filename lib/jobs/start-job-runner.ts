import "server-only";
import { PgBoss, type JobWithMetadata } from "pg-boss";
import { getEnv } from "@/lib/env";
import { JOB_SCHEMA } from "@/lib/job-queue/job-schema";
import { JOB_HANDLERS } from "./job-handlers";
import { syncQueueSettings, type RetryOverrides } from "./sync-queue-settings";
import { syncSchedules } from "./sync-schedules";

// The job runner (decision 0017): pg-boss with the store's workers and schedules, in every web
// server process (scripts/serve.ts) or on its own (`npm run worker`). Any number can share one
// database: a job is taken by one runner only (SELECT … FOR UPDATE SKIP LOCKED), a schedule
// fires once per occurrence, and maintenance (expiring jobs whose runner died, retention) is
// claimed by one runner at a time.

export type JobRunner = {
  /**
   * Stops taking jobs, waits for the ones in hand (up to `stopTimeoutMs`), then closes the pool.
   * A job still running at the deadline is failed, and retried later by any runner.
   */
  stop(): Promise<void>;
  /** Started, and neither stopped nor stopped by pg-boss itself since (GET /readyz, decision 0018). */
  isAlive(): boolean;
};

export type JobRunnerOptions = {
  databaseUrl?: string;
  /** How often an idle worker asks for a job, in seconds (at least 0.5). */
  pollingIntervalSeconds?: number;
  /** How often schedules are checked and jobs whose runner died looked for, in seconds (tests: 1). */
  checkIntervalSeconds?: number;
  /** Retry settings for every queue instead of the defined ones (tests). */
  retry?: RetryOverrides;
  stopTimeoutMs?: number;
  /** Where pg-boss's warnings go (a slow query, a backlog); console.warn unless given. */
  onWarning?: (message: string) => void;
};

/** Connections of the runner's own pool: fetching and settling jobs. Handlers use lib/db.ts's. */
const POOL_SIZE = 3;
/** pg-boss asks for a job this often when idle; a new email waits this long at most for a sender. */
const POLLING_INTERVAL_S = 2;
const STOP_TIMEOUT_MS = 8_000;
/** The same database error, logged once in this long (a poll every 2 s per queue during an outage). */
const ERROR_LOG_INTERVAL_MS = 60_000;

export async function startJobRunner(options: JobRunnerOptions = {}): Promise<JobRunner> {
  const check = options.checkIntervalSeconds;
  const boss = new PgBoss({
    connectionString: options.databaseUrl ?? getEnv().DATABASE_URL,
    schema: JOB_SCHEMA,
    max: POOL_SIZE,
    application_name: "steady-stride-jobs",
    instanceName: "job-runner",
    // The schema is installed and upgraded by Prisma migrations only (decision 0017): start()
    // refuses a database whose pg-boss schema isn't the version this pg-boss expects.
    migrate: false,
    ...(check
      ? {
          cronMonitorIntervalSeconds: check,
          cronWorkerIntervalSeconds: check,
          superviseIntervalSeconds: check,
          monitorIntervalSeconds: check,
        }
      : {}),
  });
  boss.on(
    "error",
    logOncePerInterval((message) => console.error(`Job runner: ${message}`)),
  );
  const warn = options.onWarning ?? ((message: string) => console.warn(message));
  boss.on("warning", ({ message }) => warn(`Job runner: ${message}`));

  try {
    await boss.start();
  } catch (error) {
    throw explainStartFailure(error);
  }
  try {
    await syncQueueSettings(boss, options.retry);
    await syncSchedules(boss);
    for (const { queue, handle, concurrency } of JOB_HANDLERS) {
      await boss.work(
        queue,
        {
          includeMetadata: true,
          batchSize: 1,
          localConcurrency: concurrency,
          pollingIntervalSeconds: options.pollingIntervalSeconds ?? POLLING_INTERVAL_S,
        },
        ([job]) => handle(job as JobWithMetadata<unknown>),
      );
    }
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  let alive = true;
  boss.once("stopped", () => (alive = false));
  return {
    stop: () => {
      alive = false;
      return boss.stop({ graceful: true, timeout: options.stopTimeoutMs ?? STOP_TIMEOUT_MS });
    },
    isAlive: () => alive,
  };
}

function explainStartFailure(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/not installed|requires migrations/.test(message))
    return new Error(
      `The job runner can't start: ${message}. Its tables come with the store's migrations; apply them first (npm run db:migrate, which npm start runs itself).`,
    );
  return error instanceof Error ? error : new Error(message);
}

/** A logger that drops a message it already logged within ERROR_LOG_INTERVAL_MS. */
function logOncePerInterval(log: (message: string) => void): (error: Error) => void {
  const lastLogged = new Map<string, number>();
  return (error) => {
    const now = Date.now();
    if (now - (lastLogged.get(error.message) ?? -Infinity) < ERROR_LOG_INTERVAL_MS) return;
    lastLogged.set(error.message, now);
    log(error.message);
  };
}
