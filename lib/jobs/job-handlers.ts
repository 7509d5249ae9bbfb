import "server-only";
import type { JobWithMetadata } from "pg-boss";
import {
  PRUNE_TABLES,
  RELEASE_HOLDS,
  SEND_EMAIL,
  SWEEP_OUTBOX,
  SWEEP_REFUNDS,
  type JobQueueName,
  type SendEmailJobData,
} from "@/lib/job-queue/queues";
import { pruneTablesJob } from "./prune-tables-job";
import { releaseHoldsJob } from "./release-holds-job";
import { sendEmailJob } from "./send-email-job";
import { sweepOutboxJob } from "./sweep-outbox-job";
import { sweepRefundsJob } from "./sweep-refunds-job";

export type JobHandler = {
  queue: JobQueueName;
  /** Runs one job; what it returns is stored as the job's output, what it throws fails the job. */
  handle: (job: JobWithMetadata<unknown>) => Promise<object>;
  /** Jobs of this queue one runner process works on at once. */
  concurrency: number;
};

/** What the job runner does with each queue's jobs. */
export const JOB_HANDLERS: readonly JobHandler[] = [
  // Sending is mostly waiting on the mail server, so a few go at once.
  { queue: SEND_EMAIL, handle: (job) => sendEmailJob(job as JobWithMetadata<SendEmailJobData>), concurrency: 4 },
  { queue: SWEEP_OUTBOX, handle: () => sweepOutboxJob(), concurrency: 1 },
  { queue: RELEASE_HOLDS, handle: () => releaseHoldsJob(), concurrency: 1 },
  { queue: PRUNE_TABLES, handle: () => pruneTablesJob(), concurrency: 1 },
  { queue: SWEEP_REFUNDS, handle: () => sweepRefundsJob(), concurrency: 1 },
];
