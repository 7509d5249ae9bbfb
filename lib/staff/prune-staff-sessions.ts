import "server-only";
import { getDb } from "@/lib/db";
import { SESSION_IDLE_MS } from "./session-policy";

/**
 * A session that ended (revoked, expired, or idle past SESSION_IDLE_MS) can never be used again
 * (find-session.ts), and who signed in when is in the audit log. Kept a day after it ended, so a
 * row is still there when someone asks about a sign-out the same day.
 */
export const ENDED_SESSION_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Deletes staff sessions that ended more than the retention ago; returns how many. */
export async function pruneStaffSessions(now = new Date()): Promise<number> {
  const endedBefore = new Date(now.getTime() - ENDED_SESSION_RETENTION_MS);
  const { count } = await getDb().staffSession.deleteMany({
    where: {
      OR: [
        { revokedAt: { lt: endedBefore } },
        { expiresAt: { lt: endedBefore } },
        { lastSeenAt: { lt: new Date(endedBefore.getTime() - SESSION_IDLE_MS) } },
      ],
    },
  });
  return count;
}
