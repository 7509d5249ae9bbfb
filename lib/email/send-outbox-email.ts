import "server-only";
import { getDb } from "@/lib/db";
import { emailHtml } from "@/lib/email/email-html";
import { redactAddresses } from "@/lib/email/redact-addresses";
import { deliverEmail } from "@/lib/email/transport";
import { siteOrigin, storeName } from "@/lib/site";

/**
 * How long one sender owns a claimed email, in seconds: longer than the SMTP timeouts in
 * transport.ts (10 s connect + 10 s greeting + 20 s socket), so a live sender is never overtaken.
 */
export const LEASE_S = 120;
/** Waits before retrying the "sent" mark after a delivery, in ms (a database blip, not a bad email). */
const MARK_RETRY_DELAYS_MS = [100, 500, 2_000];

type Claimed = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  orderId: string | null;
  attempts: number;
};

/** Thrown when the mail server refused or couldn't be reached; the failure is already recorded. */
export class EmailNotDelivered extends Error {}

/**
 * Sends one outbox email (the job runner's SEND_EMAIL job), never holding a database transaction
 * open during SMTP:
 * 1. claim it with a lease (one statement, committed at once): of any number of senders at once
 *    (two jobs, two app servers), exactly one gets it;
 * 2. deliver it (its text, and its HTML as the alternative), with the row's id as its Message-ID;
 * 3. mark it SENT, retrying the mark if the database blinks.
 * A sender that dies between 2 and 3 leaves the lease to expire, and the next sweep sends the same
 * message again with the same Message-ID, which receiving servers recognise as a duplicate (the
 * file transport skips it). A failed delivery is recorded on the row and thrown, so the job is
 * retried later; on the `lastAttempt` the email is marked FAILED instead, for a person to look at.
 * "not_pending": nothing to do here (sent already, given up on, gone, or another sender holds it).
 */
export async function sendOutboxEmail(
  id: string,
  { lastAttempt }: { lastAttempt: boolean },
): Promise<"sent" | "not_pending"> {
  const email = await claim(id);
  if (!email) return "not_pending";
  try {
    await deliverEmail({ ...email, html: email.html ?? fallbackHtml(email) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordFailure(email, message, lastAttempt);
    // Mail servers quote the recipient in their refusals; the job's error is shown in the admin.
    throw new EmailNotDelivered(redactAddresses(message));
  }
  await markSent(email.id);
  return "sent";
}

async function claim(id: string): Promise<Claimed | null> {
  const rows = await getDb().$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "leaseUntil" = now() + make_interval(secs => ${LEASE_S}), "attempts" = "attempts" + 1
    WHERE "id" = ${id} AND "status" = 'PENDING' AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
    RETURNING "id", "to", "subject", "text", "html", "orderId", "attempts"`;
  return rows[0] ?? null;
}

/**
 * The HTML version of an email queued without one (before the column existed, or by a caller that
 * stores only the text): the same layout made from its text, whose links become links. An email
 * about an order is a shopper's, so it gets the policy links; the others are staff emails.
 */
function fallbackHtml(email: Claimed): string {
  return emailHtml(email.text, { storeName: storeName(), origin: siteOrigin(), policyLinks: email.orderId !== null });
}

async function recordFailure(email: Claimed, message: string, lastAttempt: boolean): Promise<void> {
  console.warn(`Email ${email.id} could not be sent (attempt ${email.attempts}): ${redactAddresses(message)}`);
  await getDb().outboxEmail.update({
    where: { id: email.id },
    data: { lastError: message.slice(0, 500), leaseUntil: null, status: lastAttempt ? "FAILED" : "PENDING" },
  });
}

/** The email went out: record it, trying again briefly, so it isn't delivered a second time. */
async function markSent(id: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await getDb().outboxEmail.update({
        where: { id },
        data: { status: "SENT", sentAt: new Date(), leaseUntil: null, lastError: null },
      });
      return;
    } catch (error) {
      const delay = MARK_RETRY_DELAYS_MS[attempt];
      if (delay === undefined) {
        // Delivered but not recorded: after the lease it goes out again under the same Message-ID.
        console.warn(
          `Email ${id} was delivered but could not be marked sent: ${error instanceof Error ? error.message : String(error)}`,
        );
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
