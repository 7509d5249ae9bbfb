import "server-only";
import { getDb } from "@/lib/db";
import { redactAddresses } from "@/lib/email/redact-addresses";
import { JOB_SCHEMA } from "@/lib/job-queue/job-schema";
import { DEAD_JOBS, QUEUES, type JobQueueName } from "@/lib/job-queue/queues";

export type TroubledJob = {
  id: string;
  queue: JobQueueName;
  /** "failed": will be tried again by itself at `retryAt`; "dead": out of tries, waits for a person. */
  state: "failed" | "dead";
  /** When it was last tried (failed) or gave up (dead). */
  at: Date;
  retryAt: Date | null;
  attempts: number;
  /** The last error's message, without any email address in it (never its stack). */
  error: string;
  data: Record<string, unknown> | null;
};

type Row = Omit<TroubledJob, "error"> & { output: unknown };

/** How many of each are listed, newest first: enough to see a pattern, few enough to read. */
const LIMIT = 50;
const ERROR_SHOWN_CHARS = 300;

/** The jobs that need or may need a look: failing ones still retrying, and dead ones. */
export async function listTroubledJobs(): Promise<TroubledJob[]> {
  const names = QUEUES.map((queue) => queue.name).filter((name) => name !== DEAD_JOBS);
  const rows = await getDb().$queryRawUnsafe<Row[]>(
    `(SELECT id::text, name AS queue, 'failed' AS state, started_on AS at, start_after AS "retryAt",
        retry_count + 1 AS attempts, output, data
      FROM ${JOB_SCHEMA}.job WHERE name = ANY($1::text[]) AND state = 'retry'
      ORDER BY started_on DESC LIMIT ${LIMIT})
     UNION ALL
     (SELECT id::text, source_name, 'dead', created_on, NULL, COALESCE(source_retry_count, 0) + 1, source_output, data
      FROM ${JOB_SCHEMA}.job WHERE name = $2 AND state < 'active'
      ORDER BY created_on DESC LIMIT ${LIMIT})`,
    names,
    DEAD_JOBS,
  );
  return rows
    .map(({ output, ...job }) => ({ ...job, error: errorMessage(output) }))
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** pg-boss stores a thrown error as its serialized fields ({ name, message, stack }). */
function errorMessage(output: unknown): string {
  const message = (output as { message?: unknown } | null)?.message;
  const text = typeof message === "string" ? message : output === null ? "" : JSON.stringify(output);
  return redactAddresses(text).slice(0, ERROR_SHOWN_CHARS);
}
