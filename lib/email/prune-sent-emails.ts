import "server-only";
import { getDb } from "@/lib/db";

/**
 * Sent emails are kept this long, in ms: the order's page in the admin lists them, which answers
 * "did my confirmation go out?" while the shopper waits for the shoes and the first weeks after.
 * After that the order keeps its own dates, and the copy of the email (the address, and the
 * order's private link) shouldn't sit in the database. Emails not sent yet, or FAILED ones a
 * person still has to look at, are never pruned.
 */
export const SENT_EMAIL_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Deletes SENT outbox emails older than the retention; returns how many. */
export async function pruneSentEmails(now = new Date()): Promise<number> {
  const { count } = await getDb().outboxEmail.deleteMany({
    where: { status: "SENT", sentAt: { lt: new Date(now.getTime() - SENT_EMAIL_RETENTION_MS) } },
  });
  return count;
}
