import "server-only";
import { getDb } from "@/lib/db";
import { AdminError } from "@/lib/admin/admin-error";
import { hasRole, type StaffActor } from "@/lib/staff/staff-actor";

/** Staff accounts for the owner's page, without password hashes. */
export async function listStaff(actor: StaffActor) {
  if (!hasRole(actor, "owner")) throw new AdminError("Only owners can see staff accounts.", undefined, 403);
  const now = new Date();
  return getDb().staffUser.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: now } } } } },
    },
  });
}
