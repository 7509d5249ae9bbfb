import "server-only";
import { getDb } from "@/lib/db";
import { AdminError } from "@/lib/admin/admin-error";
import { hasRole, type StaffActor } from "@/lib/staff/staff-actor";
import { revokeUserSessions } from "@/lib/staff/revoke-sessions";
import { writeAudit } from "@/lib/staff/write-audit";

/**
 * Disables (or re-enables) a staff account. Disabling ends all its sessions in the same
 * transaction (ASVS 7.4.2); the session lookup also refuses disabled accounts, so a request
 * racing the revoke is refused too. Owners only; nobody can disable themselves.
 */
export async function setStaffDisabled(
  actor: StaffActor,
  userId: string,
  disabled: boolean,
): Promise<{ endedSessions: number }> {
  if (!hasRole(actor, "owner")) throw new AdminError("Only owners can disable accounts.", undefined, 403);
  if (userId === actor.userId) throw new AdminError("You can't disable your own account.");
  return getDb().$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } });
    if (!before) throw new AdminError("That account doesn't exist.", undefined, 404);
    await tx.staffUser.update({
      where: { id: userId },
      data: { disabledAt: disabled ? (before.disabledAt ?? new Date()) : null },
    });
    const endedSessions = disabled ? await revokeUserSessions(userId, tx) : 0;
    await writeAudit(
      {
        actorId: actor.userId,
        action: disabled ? "staff.disable" : "staff.enable",
        entityType: "StaffUser",
        entityId: userId,
        before: { email: before.email, disabled: before.disabledAt !== null },
        after: { disabled, endedSessions },
        ip: actor.ip,
      },
      tx,
    );
    return { endedSessions };
  });
}
