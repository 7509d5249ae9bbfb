import "server-only";
import type { Pool } from "pg";
import { PgBoss, type Clock } from "pg-boss";
import { getPool } from "@/lib/db";
import { remember } from "@/lib/remember";
import { createMissingQueues } from "./create-missing-queues";
import { JOB_SCHEMA } from "./job-schema";

// The sending side of the job queue, for app code in any process (a web server, the job runner, a
// test): a pg-boss instance that only sends jobs. It runs no workers, schedules or maintenance (the
// job runner does, lib/jobs), and it borrows the process's database pool instead of opening its own.

type Producer = { pool: Pool; boss: Promise<PgBoss>; failed: boolean };

/**
 * pg-boss's timers, unref'd: a producer never keeps a process alive (a script, a test worker) just
 * by having sent a job. Its only periodic work is refreshing its queue list, which it never needs.
 */
const backgroundClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
  setInterval: (run, ms) => setInterval(run, ms).unref(),
  clearInterval: (timer) => clearInterval(timer as NodeJS.Timeout),
};

/** The queue list is read at start and whenever a send names a queue it doesn't know yet. */
const QUEUE_LIST_REFRESH_S = 24 * 60 * 60;

/** This process's producer, started on first use (again after a failed start or a new pool). */
export function getJobQueue(): Promise<PgBoss> {
  const pool = getPool();
  return remember("jobQueue", () => startProducer(pool), {
    isStale: (held: Producer) => {
      const stale = held.failed || held.pool !== pool;
      if (stale) void held.boss.then((boss) => boss.stop({ graceful: false, close: false })).catch(() => {});
      return stale;
    },
  }).boss;
}

function startProducer(pool: Pool): Producer {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: JOB_SCHEMA,
    // The schema is a Prisma migration's business (decision 0017), and the rest is the runner's.
    migrate: false,
    supervise: false,
    schedule: false,
    registerInstance: false,
    queueCacheIntervalSeconds: QUEUE_LIST_REFRESH_S,
    clock: backgroundClock,
  });
  // Only the queue-list refresh reports here; a pool that was ended meanwhile is not news.
  boss.on("error", (error) => {
    if (!pool.ended) console.warn(`Job queue: ${error.message}`);
  });
  const producer: Producer = { pool, boss: Promise.resolve(boss), failed: false };
  producer.boss = boss
    .start()
    .then(async () => {
      await createMissingQueues(boss);
      return boss;
    })
    .catch((error: unknown) => {
      producer.failed = true;
      throw error;
    });
  return producer;
}
