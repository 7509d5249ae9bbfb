import "server-only";
import { getDb } from "@/lib/db";
import { JOB_SCHEMA } from "@/lib/job-queue/job-schema";
import { DEAD_JOBS, QUEUES, type JobQueueName } from "@/lib/job-queue/queues";

export type QueueCounts = {
  queue: JobQueueName;
  /** Waiting to run, now or at a later time. */
  queued: number;
  active: number;
  /** Failed at least once and waiting to be tried again. */
  failed: number;
  /** Out of tries: in the dead jobs, waiting for a person. */
  dead: number;
};

type Row = { queue: string; state: "created" | "retry" | "active" | "dead"; count: number };

/**
 * How many jobs each queue has in each state, read from pg-boss's job table as it is now: pg-boss's
 * own getQueues() answers from counts its monitor refreshes about once a minute, and the admin must
 * show a retried job leaving the dead ones at once. A failed job counts once, as dead: pg-boss also
 * keeps the original, in state "failed", until its retention ends.
 */
export async function readQueueCounts(): Promise<QueueCounts[]> {
  const names = QUEUES.map((queue) => queue.name).filter((name) => name !== DEAD_JOBS);
  const rows = await getDb().$queryRawUnsafe<Row[]>(
    `SELECT name AS queue, state::text AS state, count(*)::int AS count FROM ${JOB_SCHEMA}.job
     WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active') GROUP BY name, state
     UNION ALL
     SELECT source_name, 'dead', count(*)::int FROM ${JOB_SCHEMA}.job
     WHERE name = $2 AND state < 'active' GROUP BY source_name`,
    names,
    DEAD_JOBS,
  );
  return names.map((queue) => {
    const count = (state: Row["state"]) => rows.find((row) => row.queue === queue && row.state === state)?.count ?? 0;
    return {
      queue: queue as JobQueueName,
      queued: count("created"),
      active: count("active"),
      failed: count("retry"),
      dead: count("dead"),
    };
  });
}
