import "server-only";
import type { PgBoss, QueueOptions } from "pg-boss";
import { createMissingQueues } from "@/lib/job-queue/create-missing-queues";
import { QUEUES } from "@/lib/job-queue/queues";

/** Retry settings to use on every queue instead of the defined ones (tests: seconds, not minutes). */
export type RetryOverrides = Pick<QueueOptions, "retryLimit" | "retryDelay" | "retryDelayMax">;

/**
 * Makes the queues in the database match their definitions (lib/job-queue/queues.ts): missing ones
 * are created, and existing ones take the current retry, expiry and retention settings, so a change
 * there reaches the database with the next start. A policy can't be changed once a queue exists.
 */
export async function syncQueueSettings(boss: PgBoss, overrides: RetryOverrides = {}): Promise<void> {
  await createMissingQueues(boss);
  const { retryDelayMax, ...always } = overrides;
  for (const { name, policy: _policy, partition: _partition, ...settings } of QUEUES) {
    // pg-boss takes a longest delay only on a queue that backs off.
    const delayCap = settings.retryBackoff && retryDelayMax !== undefined ? { retryDelayMax } : {};
    await boss.updateQueue(name, { ...settings, ...always, ...delayCap });
  }
}
