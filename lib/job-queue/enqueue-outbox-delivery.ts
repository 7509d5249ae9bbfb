import "server-only";
import { getJobQueue } from "./job-queue";
import { SWEEP_OUTBOX } from "./queues";

/**
 * Asks the job runner to send what the email outbox holds now, rather than at the next scheduled
 * sweep (within a minute). Call it after the commit that wrote the emails, never inside the
 * transaction. Best effort, and it never throws: if the request is lost (the database blinked), the
 * scheduled sweep sends the emails anyway.
 */
export async function enqueueOutboxDelivery(): Promise<void> {
  try {
    const boss = await getJobQueue();
    // null when a sweep is already waiting to run (the queue's policy keeps one): it will see them.
    await boss.send(SWEEP_OUTBOX, null);
  } catch (error) {
    console.warn(
      `Couldn't ask for the outbox to be sent now; the scheduled sweep will send it: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
