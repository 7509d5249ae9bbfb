import type { StaffRole } from "@/lib/generated/prisma/client";

// Exists only in types: no value has this key, so an object literal can't pass for a StaffActor.
declare const checkedByRequireStaff: unique symbol;

/**
 * A signed-in staff member, as returned by requireStaff() (and requireStaffApi() for routes).
 * Admin data functions take one as their first argument, so they can't be called from a code
 * path that skipped the check: the brand makes a hand-built {userId, role...} a type error. Only
 * issue-staff-actor.ts makes one, and tests/unit/architecture/staff-actor-brand.test.ts keeps its
 * importers to the checks (and tests/support/staff-actor-for-tests.ts).
 */
export type StaffActor = {
  readonly userId: string;
  readonly email: string;
  readonly role: StaffRole;
  /** StaffSession.id (the token's hash), so "sign out" and "change password" know which one. */
  readonly sessionId: string;
  readonly ip: string;
  readonly [checkedByRequireStaff]: true;
};

/** True when the actor's role is at least `role` (owner ⊃ staff). */
export function hasRole(actor: Pick<StaffActor, "role">, role: StaffRole): boolean {
  return role === "staff" || actor.role === "owner";
}
