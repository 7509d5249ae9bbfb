import "server-only";
import { getJobQueue } from "./job-queue";
import type { JobQueueName } from "./queues";

export type ScheduleOptions = {
  /** When the job may run; the runner takes it at that time or as soon after as it can. */
  runAt: Date;
  /**
   * What the job is about, such as `fit-survey:<orderId>`. While a job with this key is waiting or
   * running in its queue, scheduling another one does nothing (with a queue whose policy is
   * "exclusive" or "stately"), so a repeated event doesn't schedule a second email.
   */
  key: string;
};

/**
 * Schedules a job for later: the emails that follow an order by days (a fit survey after delivery,
 * the end of a return window) are jobs like this. Returns the job's id, or null when one with the
 * same key is already scheduled. Once a job has run, its key is free again, so the handler must
 * still be idempotent: an email it writes to the outbox is once per order and kind by the outbox's
 * own unique key. Throws if the job couldn't be stored; call it after the commit it belongs to.
 */
export async function scheduleJob(
  queue: JobQueueName,
  data: Record<string, string | number | boolean | null>,
  { runAt, key }: ScheduleOptions,
): Promise<string | null> {
  const boss = await getJobQueue();
  return boss.sendAfter(queue, data, { singletonKey: key }, runAt);
}
