import "server-only";
import { getDb } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/client";
import { SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS } from "./session-policy";
import { hashSessionToken } from "./session-token";

export type ActiveSession = { sessionId: string; userId: string; email: string; role: StaffRole };

/**
 * The live session for a cookie token, or null. Checked on every request against the database:
 * revoked, past its absolute expiry, idle too long, or belonging to a disabled account all fail.
 */
export async function findActiveSession(token: string | undefined | null): Promise<ActiveSession | null> {
  if (!token || token.length > 200) return null;
  const id = hashSessionToken(token);
  const now = new Date();
  const session = await getDb().staffSession.findFirst({
    where: {
      id,
      revokedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) },
      user: { disabledAt: null },
    },
    select: { id: true, lastSeenAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    // Conditional so a concurrent revoke isn't undone; a lost touch only shortens the idle window.
    await getDb().staffSession.updateMany({ where: { id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { sessionId: session.id, userId: session.user.id, email: session.user.email, role: session.user.role };
}
