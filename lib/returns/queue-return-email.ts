import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emailHtml } from "@/lib/email/email-html";
import { siteOrigin, storeName } from "@/lib/site";

/**
 * Writes a return's email to the outbox in the caller's transaction. The kind carries the return
 * (or refund) id, so each return gets each of its emails once (the outbox's (orderId, kind)
 * unique key), however many times a state change is retried. Returns whether one was written.
 */
export async function queueReturnEmail(
  tx: Prisma.TransactionClient,
  {
    kind,
    orderId,
    to,
    subject,
    text,
    link,
  }: { kind: string; orderId: string; to: string | null; subject: string; text: string; link: string },
): Promise<boolean> {
  if (!to) return false;
  const origin = siteOrigin();
  const html = emailHtml(text, { storeName: storeName(), origin, orderLink: `${origin}${link}`, policyLinks: true });
  const inserted = await tx.outboxEmail.createMany({
    data: [{ kind, orderId, to, subject: `${storeName()}: ${subject}`, text, html }],
    skipDuplicates: true,
  });
  return inserted.count === 1;
}
