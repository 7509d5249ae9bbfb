import type { ActiveSession } from "./find-session";
import type { StaffActor } from "./staff-actor";

/**
 * The one place a StaffActor is made, from a session the database just confirmed is live. Only
 * require-staff.ts and require-staff-api.ts (the checks) may import this; an architecture test
 * refuses any other importer (tests/unit/architecture/staff-actor-brand.test.ts).
 */
export function issueStaffActor(session: ActiveSession, ip: string): StaffActor {
  const { sessionId, userId, email, role } = session;
  return { sessionId, userId, email, role, ip } as StaffActor;
}
