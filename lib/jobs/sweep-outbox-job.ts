import "server-only";
import { listDeliverableEmails } from "@/lib/email/list-deliverable-emails";
import { getJobQueue } from "@/lib/job-queue/job-queue";
import { SEND_EMAIL, type SendEmailJobData } from "@/lib/job-queue/queues";

/** Emails asked for per sweep; a sweep runs every minute and after every commit that queues one. */
const SWEEP_BATCH = 200;

/**
 * SWEEP_OUTBOX: one SEND_EMAIL job for each outbox email that is waiting and held by no sender.
 * An email whose job is already queued, running or waiting to retry gets no second one (the queue
 * allows one job per email), so this only adds the missing ones: emails whose request was lost,
 * whose sender died after its lease ran out, or that a person put back.
 */
export async function sweepOutboxJob() {
  const ids = await listDeliverableEmails(SWEEP_BATCH);
  if (ids.length > 0) {
    const boss = await getJobQueue();
    await boss.insert(
      SEND_EMAIL,
      ids.map((emailId) => ({ data: { emailId } satisfies SendEmailJobData, singletonKey: emailId })),
    );
  }
  return { waiting: ids.length };
}
