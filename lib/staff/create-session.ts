import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { SESSION_ABSOLUTE_MS } from "./session-policy";
import { createSessionToken, hashSessionToken } from "./session-token";

/** A new session (new token at every sign-in, ASVS 7.2.4). Returns the token for the cookie. */
export async function createStaffSession(
  userId: string,
  db: Pick<Prisma.TransactionClient, "staffSession"> = getDb(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = createSessionToken();
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_ABSOLUTE_MS);
  await db.staffSession.create({
    data: { id: hashSessionToken(token), userId, createdAt: new Date(now), lastSeenAt: new Date(now), expiresAt },
  });
  return { token, expiresAt };
}
