import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { signInLimitText } from "@/lib/email/sign-in-limit-text";
import { siteOrigin, storeName } from "@/lib/site";
import { LOGIN_LIMIT_EMAIL_INTERVAL_MS, LOGIN_WINDOW_MS } from "@/lib/staff/session-policy";

export const STAFF_SIGN_IN_LIMIT = "staff_sign_in_limit";

type Tx = Pick<Prisma.TransactionClient, "staffUser" | "loginAttempt" | "outboxEmail">;

/**
 * Queues the "sign-in to your account hit a limit" email in the caller's transaction, at most once
 * per account per 15 minutes: the conditional update of lockoutEmailedAt lets exactly one of any
 * number of concurrent attempts through, and the email commits (or not) with it.
 * Returns whether an email was queued. After the commit, ask for it to be sent (enqueueOutboxDelivery).
 */
export async function queueSignInLimitEmail(
  tx: Tx,
  user: { id: string; email: string },
  now = new Date(),
): Promise<boolean> {
  const emailedBefore = new Date(now.getTime() - LOGIN_LIMIT_EMAIL_INTERVAL_MS);
  const claimed = await tx.staffUser.updateMany({
    where: { id: user.id, OR: [{ lockoutEmailedAt: null }, { lockoutEmailedAt: { lte: emailedBefore } }] },
    data: { lockoutEmailedAt: now },
  });
  if (claimed.count === 0) return false;

  const byAddress = await tx.loginAttempt.groupBy({
    by: ["ip"],
    where: { email: user.email, success: false, createdAt: { gt: new Date(now.getTime() - LOGIN_WINDOW_MS) } },
    _count: { _all: true },
  });
  const ranked = byAddress.sort((a, b) => b._count._all - a._count._all || a.ip.localeCompare(b.ip));
  const failures = ranked.reduce((sum, row) => sum + row._count._all, 0);
  const { subject, text } = signInLimitText(
    { account: user.email, failures, addresses: ranked.map((row) => row.ip) },
    storeName(),
    siteOrigin(),
  );
  await tx.outboxEmail.create({ data: { kind: STAFF_SIGN_IN_LIMIT, orderId: null, to: user.email, subject, text } });
  return true;
}
