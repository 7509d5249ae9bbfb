import {
  PRUNE_TABLES,
  RELEASE_HOLDS,
  SEND_EMAIL,
  SWEEP_OUTBOX,
  SWEEP_REFUNDS,
  type JobQueueName,
} from "@/lib/job-queue/queues";

/** What each queue's jobs do, in staff's words, for the admin's Jobs page. */
export const QUEUE_LABELS: Record<JobQueueName, string> = {
  [SEND_EMAIL]: "Send an email",
  [SWEEP_OUTBOX]: "Find emails waiting to be sent",
  [RELEASE_HOLDS]: "Release abandoned checkouts' stock",
  [PRUNE_TABLES]: "Delete expired records",
  [SWEEP_REFUNDS]: "Send refunds Stripe hasn't accepted yet",
};

/** A queue's label, or its own name for one no longer defined (a dead job outlives its queue's code). */
export function queueLabel(queue: string): string {
  return (QUEUE_LABELS as Record<string, string>)[queue] ?? queue;
}
