import "server-only";
import { getDb } from "@/lib/db";
import { LOGIN_KNOWN_ADDRESS_MS, LOGIN_WINDOW_MS } from "./session-policy";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Failed attempts count only within the 15-minute window of the sign-in limits (login-limit.ts).
 * A day keeps every one that can still count, with room to look into an attack the same day; the
 * audit log keeps every attempt for good.
 */
export const FAILED_LOGIN_RETENTION_MS = Math.max(LOGIN_WINDOW_MS, DAY_MS);
/**
 * A successful sign-in makes its address "known" to the account for 30 days, which lets the owner
 * in past the account's ceiling during an attack (decision 0005). Kept a day longer than that.
 */
export const SUCCESSFUL_LOGIN_RETENTION_MS = LOGIN_KNOWN_ADDRESS_MS + DAY_MS;

/** Deletes sign-in attempts the limits can no longer count; returns how many. */
export async function pruneLoginAttempts(now = new Date()): Promise<number> {
  const { count } = await getDb().loginAttempt.deleteMany({
    where: {
      OR: [
        { success: false, createdAt: { lt: new Date(now.getTime() - FAILED_LOGIN_RETENTION_MS) } },
        { success: true, createdAt: { lt: new Date(now.getTime() - SUCCESSFUL_LOGIN_RETENTION_MS) } },
      ],
    },
  });
  return count;
}
