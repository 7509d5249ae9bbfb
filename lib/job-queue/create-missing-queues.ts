import type { PgBoss } from "pg-boss";
import { QUEUES } from "./queues";

/**
 * Creates the queues that don't exist yet, with their defined settings, and leaves existing ones
 * as they are (the job runner updates those). Any process may run it at any time: two creating the
 * same queue at once both succeed (pg-boss takes a lock and skips a queue that exists).
 */
export async function createMissingQueues(boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues(QUEUES.map((queue) => queue.name))).map((queue) => queue.name));
  // In order: a queue's dead-letter queue must exist before it.
  for (const { name, ...settings } of QUEUES) {
    if (!existing.has(name)) await boss.createQueue(name, settings);
  }
}
