import type { StaffRole } from "@/lib/generated/prisma/client";

/**
 * A signed-in staff member, as returned by requireStaff(). Admin data functions take one as their
 * first argument, so they can't be called from a code path that skipped the check.
 */
export type StaffActor = {
  userId: string;
  email: string;
  role: StaffRole;
  /** StaffSession.id (the token's hash), so "sign out" and "change password" know which one. */
  sessionId: string;
  ip: string;
};

/** True when the actor's role is at least `role` (owner ⊃ staff). */
export function hasRole(actor: Pick<StaffActor, "role">, role: StaffRole): boolean {
  return role === "staff" || actor.role === "owner";
}
