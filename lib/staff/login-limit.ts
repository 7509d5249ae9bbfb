import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  LOGIN_ACCOUNT_CEILING,
  LOGIN_DELAY_AFTER_FAILURES,
  LOGIN_DELAY_BASE_MS,
  LOGIN_DELAY_MAX_MS,
  LOGIN_KNOWN_ADDRESS_MS,
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_MS,
} from "./session-policy";

type Tx = Pick<Prisma.TransactionClient, "loginAttempt">;

/**
 * What holds an attempt back: the address's failures across accounts ("address"), this
 * address's failures for this account ("account_address"), the account's ceiling across all
 * addresses ("account"), or the account's growing delay ("delay").
 */
export type LoginLimitReason = "address" | "account_address" | "account" | "delay";

export type LoginLimit = { limited: false } | { limited: true; retryAt: Date; reason: LoginLimitReason };

/** Recent failures, newest first: each list is as long as its limit needs, no longer. */
type LoginCounts = { address: Date[]; pair: Date[]; account: Date[] };

/**
 * Whether this attempt must wait (decision 0005), from the LoginAttempt table, so a restart or a
 * second app instance sees the same counts. Unknown emails are counted exactly like accounts, so
 * the answer never tells them apart. When several limits apply, the latest retry time wins.
 */
export async function checkLoginLimit(tx: Tx, email: string, ip: string, now = new Date()): Promise<LoginLimit> {
  const counts = await readLoginCounts(tx, email, ip, now);
  const holds: { reason: LoginLimitReason; retryAt: Date }[] = [];
  if (counts.address.length >= LOGIN_MAX_FAILURES)
    holds.push({ reason: "address", retryAt: leavesWindow(counts.address) });
  if (counts.pair.length >= LOGIN_MAX_FAILURES)
    holds.push({ reason: "account_address", retryAt: leavesWindow(counts.pair) });
  if (counts.account.length >= LOGIN_ACCOUNT_CEILING && !(await isKnownAddress(tx, email, ip, now))) {
    holds.push({ reason: "account", retryAt: leavesWindow(counts.account) });
  }
  // Only an address that has failed for this account waits, so guesses from elsewhere never
  // slow the owner's first try from a clean address.
  if (counts.pair.length > 0 && counts.account.length >= LOGIN_DELAY_AFTER_FAILURES) {
    const lastFailure = counts.account[0] as Date;
    holds.push({ reason: "delay", retryAt: new Date(lastFailure.getTime() + delayFor(counts.account.length)) });
  }
  const latest = holds
    .filter((hold) => hold.retryAt > now)
    .sort((a, b) => b.retryAt.getTime() - a.retryAt.getTime())[0];
  return latest ? { limited: true, ...latest } : { limited: false };
}

/**
 * Whether the failure just recorded put the account at a limit worth telling its owner about:
 * this address's 5th failure for it, or the account's ceiling. Checked after the failure is written.
 */
export async function checkAccountLimitReached(tx: Tx, email: string, ip: string, now = new Date()): Promise<boolean> {
  const counts = await readLoginCounts(tx, email, ip, now);
  return counts.pair.length >= LOGIN_MAX_FAILURES || counts.account.length >= LOGIN_ACCOUNT_CEILING;
}

/** 1 s, 2 s, 4 s… from the account's last failure, capped. */
function delayFor(accountFailures: number): number {
  const doublings = Math.max(0, accountFailures - LOGIN_DELAY_AFTER_FAILURES);
  return Math.min(LOGIN_DELAY_MAX_MS, LOGIN_DELAY_BASE_MS * 2 ** doublings);
}

/** A block lifts when the oldest failure it counts leaves the window. */
function leavesWindow(failures: Date[]): Date {
  return new Date((failures[failures.length - 1] as Date).getTime() + LOGIN_WINDOW_MS);
}

async function readLoginCounts(tx: Tx, email: string, ip: string, now: Date): Promise<LoginCounts> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [address, pair, account] = await Promise.all([
    // A success from the address (or for the pair) starts its count again: the person got in.
    failuresSinceSuccess(tx, { ip }, windowStart, LOGIN_MAX_FAILURES),
    failuresSinceSuccess(tx, { email, ip }, windowStart, LOGIN_MAX_FAILURES),
    // The account's count doesn't reset on a success: the owner signing in doesn't stop an attack.
    failuresSince(tx, { email }, windowStart, LOGIN_ACCOUNT_CEILING),
  ]);
  return { address, pair, account };
}

type Key = { email: string } | { ip: string } | { email: string; ip: string };

async function failuresSinceSuccess(tx: Tx, key: Key, windowStart: Date, take: number): Promise<Date[]> {
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { ...key, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return failuresSince(tx, key, lastSuccess?.createdAt ?? windowStart, take);
}

async function failuresSince(tx: Tx, key: Key, since: Date, take: number): Promise<Date[]> {
  const failures = await tx.loginAttempt.findMany({
    where: { ...key, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take,
    select: { createdAt: true },
  });
  return failures.map((failure) => failure.createdAt);
}

/** Whether this account has signed in from this address lately (the owner's usual device). */
async function isKnownAddress(tx: Tx, email: string, ip: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_KNOWN_ADDRESS_MS);
  const success = await tx.loginAttempt.findFirst({
    where: { email, ip, success: true, createdAt: { gt: since } },
    select: { id: true },
  });
  return success !== null;
}
