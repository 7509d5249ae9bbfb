import type { Queue } from "pg-boss";

// The store's job queues and their retry policy (decision 0017). pg-boss stores these settings on
// each queue's row and copies them onto every job when it is sent, so a job keeps the policy it was
// sent under. Producers create a missing queue on first use (job-queue.ts); the job runner also
// brings an existing queue's settings up to date when it starts (lib/jobs/start-job-runner.ts).

const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;

/**
 * Where a job goes after its last failed attempt, for a person to look at in the admin's Jobs page
 * and retry (pg-boss copies it in, with the error and attempt count). No worker takes jobs from it.
 */
export const DEAD_JOBS = "dead-jobs";
/** Sends one outbox email, by id: data `{ emailId }`, singleton key the email id. */
export const SEND_EMAIL = "email-send";
/** Finds outbox emails that need sending and sends a SEND_EMAIL job for each. */
export const SWEEP_OUTBOX = "email-outbox-sweep";
/** Puts the stock of checkouts abandoned before reaching Stripe back on sale. */
export const RELEASE_HOLDS = "holds-release";
/** Deletes rows that tables no longer need, each table by its own retention. */
export const PRUNE_TABLES = "tables-prune";
/** Sends the refunds Stripe hasn't accepted yet (its answer was lost, or it was down), same key. */
export const SWEEP_REFUNDS = "refunds-sweep";

export type JobQueueName =
  typeof SEND_EMAIL | typeof SWEEP_OUTBOX | typeof RELEASE_HOLDS | typeof PRUNE_TABLES | typeof SWEEP_REFUNDS;

/**
 * Completed jobs are kept this long (pg-boss's default is a week): long enough to look back at
 * yesterday, short enough that a busy store's job table stays small. Failures live on as dead jobs.
 */
const COMPLETED_KEPT_S = DAY_S;

const deadJobs: Queue = {
  name: DEAD_JOBS,
  // A dead job waits this long for someone to retry it, then pg-boss deletes it.
  retentionSeconds: 30 * DAY_S,
};

/** Every queue, the dead-letter queue first (the others name it, so it must exist before them). */
export const QUEUES: readonly Queue[] = [
  deadJobs,
  {
    name: SEND_EMAIL,
    // One job per email (the singleton key) while it is queued, waiting to retry or being sent,
    // so the sweep and a commit asking for the same email at once make one job, not two.
    policy: "exclusive",
    // 8 tries, 1, 2, 4… minutes apart (pg-boss adds up to as much again at random), at most an
    // hour apart: 2 to 3 hours in all, so a mail server that is down for a while loses nothing.
    retryLimit: 7,
    retryDelay: MINUTE_S,
    retryBackoff: true,
    retryDelayMax: HOUR_S,
    // Longer than the email's own lease (lib/email/send-outbox-email.ts), so a sender that died is
    // retried after its lease has run out, never while it might still be talking to the server.
    expireInSeconds: 3 * MINUTE_S,
    deleteAfterSeconds: COMPLETED_KEPT_S,
    deadLetter: DEAD_JOBS,
  },
  {
    name: SWEEP_OUTBOX,
    // One sweep queued and one running at most: requests that pile up during a sweep become one.
    policy: "stately",
    retryLimit: 2,
    retryDelay: 10,
    expireInSeconds: 2 * MINUTE_S,
    deleteAfterSeconds: COMPLETED_KEPT_S,
    deadLetter: DEAD_JOBS,
  },
  {
    name: RELEASE_HOLDS,
    // Scheduled every minute: a slow run is never joined by a second one.
    policy: "exclusive",
    retryLimit: 2,
    retryDelay: 10,
    expireInSeconds: 5 * MINUTE_S,
    deleteAfterSeconds: COMPLETED_KEPT_S,
    deadLetter: DEAD_JOBS,
  },
  {
    name: SWEEP_REFUNDS,
    // Scheduled every minute: a slow run (Stripe timing out) is never joined by a second one.
    policy: "exclusive",
    retryLimit: 2,
    retryDelay: 10,
    expireInSeconds: 5 * MINUTE_S,
    deleteAfterSeconds: COMPLETED_KEPT_S,
    deadLetter: DEAD_JOBS,
  },
  {
    name: PRUNE_TABLES,
    policy: "exclusive",
    retryLimit: 2,
    retryDelay: MINUTE_S,
    retryBackoff: true,
    expireInSeconds: 15 * MINUTE_S,
    deleteAfterSeconds: COMPLETED_KEPT_S,
    deadLetter: DEAD_JOBS,
  },
];

/** What a SEND_EMAIL job carries: nothing but the outbox row's id (no address, no text). */
export type SendEmailJobData = { emailId: string };
