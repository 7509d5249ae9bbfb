import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";

type SessionClient = Pick<Prisma.TransactionClient, "staffSession">;

/** Ends one session (sign-out). A replayed cookie then matches a revoked row and is refused. */
export async function revokeSession(sessionId: string, db: SessionClient = getDb()): Promise<void> {
  await db.staffSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user, except `keepSessionId` when given. Returns how many ended. */
export async function revokeUserSessions(
  userId: string,
  db: SessionClient = getDb(),
  keepSessionId?: string,
): Promise<number> {
  const result = await db.staffSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return result.count;
}
