import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from "./session-policy";

type Tx = Pick<Prisma.TransactionClient, "loginAttempt">;

export type LoginLimit = { limited: false } | { limited: true; retryAt: Date };

/**
 * Whether sign-in is blocked for this account or this address: 5 failures within 15 minutes,
 * counted from the LoginAttempt table (so a restart or a second app instance sees the same
 * count). A successful sign-in starts the count again for that account and address.
 */
export async function checkLoginLimit(tx: Tx, email: string, ip: string, now = new Date()): Promise<LoginLimit> {
  const retryTimes = await Promise.all([retryTimeFor(tx, { email }, now), retryTimeFor(tx, { ip }, now)]);
  const blockedUntil = retryTimes.filter((time): time is Date => time !== null).sort((a, b) => b.getTime() - a.getTime())[0];
  return blockedUntil ? { limited: true, retryAt: blockedUntil } : { limited: false };
}

/** When the key may try again, or null when it isn't blocked. */
async function retryTimeFor(tx: Tx, key: { email: string } | { ip: string }, now: Date): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { ...key, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failures = await tx.loginAttempt.findMany({
    where: { ...key, success: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } },
    orderBy: { createdAt: "desc" },
    take: LOGIN_MAX_FAILURES,
    select: { createdAt: true },
  });
  if (failures.length < LOGIN_MAX_FAILURES) return null;
  // The block lifts when the oldest of the last five failures leaves the window.
  const oldest = failures[failures.length - 1] as { createdAt: Date };
  return new Date(oldest.createdAt.getTime() + LOGIN_WINDOW_MS);
}
