import "server-only";
import { getDb } from "@/lib/db";
import { deliverEmail } from "@/lib/email/transport";

/** After this many failed sends an email is marked FAILED and left for a person to look at. */
const MAX_ATTEMPTS = 5;
/**
 * How long one sender owns a claimed email, in seconds: longer than the SMTP timeouts in
 * transport.ts (10 s connect + 10 s greeting + 20 s socket), so a live sender is never overtaken.
 */
const LEASE_S = 120;
/** Waits before retrying the "sent" mark after a delivery, in ms (a database blip, not a bad email). */
const MARK_RETRY_DELAYS_MS = [100, 500, 2_000];

type Claimed = { id: string; to: string; subject: string; text: string; attempts: number };

/**
 * Sends PENDING outbox emails, never holding a database transaction open during SMTP:
 * 1. claim one email with a lease (one statement: FOR UPDATE SKIP LOCKED, committed at once), so
 *    concurrent drains (two webhooks, two app servers) never take the same row;
 * 2. deliver it, with the row's id as its Message-ID;
 * 3. mark it SENT, retrying the mark if the database blinks.
 * A sender that dies between 2 and 3 leaves the lease to expire, and a later drain sends the same
 * message again with the same Message-ID, which receiving servers recognise as a duplicate (the
 * file transport skips it). Returns how many were sent.
 */
export async function sendPendingEmails({ limit = 20 }: { limit?: number } = {}): Promise<number> {
  const tried: string[] = [];
  let sent = 0;
  while (tried.length < limit) {
    const email = await claimNext(tried);
    if (!email) break;
    tried.push(email.id);
    try {
      await deliverEmail(email);
    } catch (error) {
      await recordFailure(email, error);
      continue;
    }
    await markSent(email.id);
    sent++;
  }
  return sent;
}

async function claimNext(skip: string[]): Promise<Claimed | null> {
  const rows = await getDb().$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "leaseUntil" = now() + make_interval(secs => ${LEASE_S}), "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'PENDING' AND ("leaseUntil" IS NULL OR "leaseUntil" < now()) AND NOT ("id" = ANY(${skip}::text[]))
      ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "attempts"`;
  return rows[0] ?? null;
}

async function recordFailure(email: Claimed, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  console.warn(`Email ${email.id} could not be sent (attempt ${email.attempts}): ${message}`);
  await getDb().outboxEmail.update({
    where: { id: email.id },
    data: {
      lastError: message.slice(0, 500),
      leaseUntil: null,
      status: email.attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
    },
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
