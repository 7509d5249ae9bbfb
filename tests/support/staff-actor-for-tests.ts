import type { StaffRole } from "@/lib/generated/prisma/client";
import { issueStaffActor } from "@/lib/staff/issue-staff-actor";
import type { StaffActor } from "@/lib/staff/staff-actor";

/**
 * A StaffActor without a request, for tests that call admin data functions directly. The app
 * gets one only from requireStaff()/requireStaffApi(); this is the one other way to make one, and
 * tests/unit/architecture/staff-actor-brand.test.ts keeps it out of lib/, app/ and components/.
 */
export function staffActorForTests(actor: {
  userId: string;
  email: string;
  role: StaffRole;
  sessionId?: string;
  ip?: string;
}): StaffActor {
  const { sessionId = "test-session", ip = "127.0.0.1", ...rest } = actor;
  return issueStaffActor({ ...rest, sessionId }, ip);
}
