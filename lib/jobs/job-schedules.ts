import { PRUNE_TABLES, RELEASE_HOLDS, SWEEP_OUTBOX, SWEEP_REFUNDS, type JobQueueName } from "@/lib/job-queue/queues";

/**
 * The jobs that run on a clock (cron expressions, UTC). pg-boss sends each occurrence once, however
 * many runners share the database.
 */
export const JOB_SCHEDULES: readonly { queue: JobQueueName; cron: string }[] = [
  // Every minute: emails whose send request was lost, or whose sender died, wait a minute at most.
  { queue: SWEEP_OUTBOX, cron: "* * * * *" },
  // Every minute: a hold abandoned before Stripe is released within a minute of ABANDONED_AFTER_MS.
  { queue: RELEASE_HOLDS, cron: "* * * * *" },
  // Every minute: a refund whose answer from Stripe was lost is asked for again, with the same key.
  { queue: SWEEP_REFUNDS, cron: "* * * * *" },
  // Hourly, off the hour: small batches, and not at the moment other cron jobs tend to start.
  { queue: PRUNE_TABLES, cron: "17 * * * *" },
];
