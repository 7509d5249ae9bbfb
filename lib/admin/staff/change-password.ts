import "server-only";
import { getDb } from "@/lib/db";
import { AdminError } from "@/lib/admin/admin-error";
import { hashPassword, verifyPassword } from "@/lib/staff/password";
import { changePasswordSchema } from "@/lib/staff/password-schema";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { revokeUserSessions } from "@/lib/staff/revoke-sessions";
import { writeAudit } from "@/lib/staff/write-audit";

/**
 * Changes the actor's own password after re-checking the current one (ASVS 7.5.1), and ends every
 * other session of the account, so a stolen cookie dies with the old password.
 */
export async function changeOwnPassword(actor: StaffActor, input: unknown): Promise<{ endedSessions: number }> {
  const parsed = changePasswordSchema.parse(input);
  const db = getDb();
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, parsed.currentPassword))) {
    await writeAudit({
      actorId: actor.userId,
      action: "password.change_failed",
      entityType: "StaffUser",
      entityId: actor.userId,
      ip: actor.ip,
    });
    throw new AdminError("Your current password is not right.", {
      currentPassword: "Your current password is not right",
    });
  }
  const passwordHash = await hashPassword(parsed.newPassword);
  return db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: actor.userId }, data: { passwordHash } });
    const endedSessions = await revokeUserSessions(actor.userId, tx, actor.sessionId);
    await writeAudit(
      {
        actorId: actor.userId,
        action: "password.change",
        entityType: "StaffUser",
        entityId: actor.userId,
        after: { endedSessions },
        ip: actor.ip,
      },
      tx,
    );
    return { endedSessions };
  });
}
