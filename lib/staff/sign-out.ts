import "server-only";
import { findActiveSession } from "./find-session";
import { revokeSession } from "./revoke-sessions";
import { writeAudit } from "./write-audit";

/** Ends the session behind a cookie token on the server; a no-op for a dead or missing token. */
export async function signOut(token: string | undefined, ip: string): Promise<boolean> {
  const session = await findActiveSession(token);
  if (!session) return false;
  await revokeSession(session.sessionId);
  await writeAudit({
    actorId: session.userId,
    action: "logout",
    entityType: "StaffUser",
    entityId: session.userId,
    ip,
  });
  return true;
}
