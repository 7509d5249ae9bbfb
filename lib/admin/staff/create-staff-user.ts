import "server-only";
import { getDb } from "@/lib/db";
import { AdminError } from "@/lib/admin/admin-error";
import { insertStaffUser, type NewStaffUser } from "@/lib/staff/insert-staff-user";
import { hasRole, type StaffActor } from "@/lib/staff/staff-actor";

/** An owner adds a staff account from the admin. */
export async function createStaffUser(
  actor: StaffActor,
  input: { email: string; role: "owner" | "staff"; password: string },
): Promise<NewStaffUser> {
  if (!hasRole(actor, "owner")) throw new AdminError("Only owners can add accounts.", undefined, 403);
  return insertStaffUser(getDb(), input, { actorId: actor.userId, ip: actor.ip, via: "admin" });
}
