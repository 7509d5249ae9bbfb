import "server-only";
import { runTransaction } from "@/lib/cart/run-transaction";
import { deliverEmail } from "@/lib/email/transport";

/** After this many failed sends an email is marked FAILED and left for a person to look at. */
const MAX_ATTEMPTS = 5;

type Claimed = { id: string; to: string; subject: string; text: string; attempts: number };

/**
 * Sends PENDING outbox emails. Each email is claimed with FOR UPDATE SKIP LOCKED inside its own
 * transaction and marked SENT in that transaction, so concurrent drains (two webhooks, two app
 * instances) never send the same row twice. Send failures are recorded on the row and retried by
 * a later drain. Returns how many were sent.
 */
export async function sendPendingEmails({ limit = 20 }: { limit?: number } = {}): Promise<number> {
  const tried: string[] = [];
  let sent = 0;
  while (tried.length < limit) {
    const outcome = await runTransaction(
      async (tx) => {
        const rows = await tx.$queryRaw<Claimed[]>`
          SELECT "id", "to", "subject", "text", "attempts" FROM "OutboxEmail"
          WHERE "status" = 'PENDING' AND NOT ("id" = ANY(${tried}::text[]))
          ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        const email = rows[0];
        if (!email) return null;
        tried.push(email.id);
        try {
          await deliverEmail(email);
          await tx.outboxEmail.update({ where: { id: email.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
          return "sent" as const;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const attempts = email.attempts + 1;
          console.warn(`Email ${email.id} could not be sent (attempt ${attempts}): ${message}`);
          await tx.outboxEmail.update({
            where: { id: email.id },
            data: { attempts, lastError: message.slice(0, 500), status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING" },
          });
          return "failed" as const;
        }
      },
      { timeout: 60_000 },
    );
    if (outcome === null) break;
    if (outcome === "sent") sent++;
  }
  return sent;
}
