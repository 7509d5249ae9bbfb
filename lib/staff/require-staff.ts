import "server-only";
import { redirect } from "next/navigation";
import type { StaffRole } from "@/lib/generated/prisma/client";
import { ADMIN } from "@/lib/routes/admin";
import { withQuery } from "@/lib/routes/with-query";
import { findActiveSession } from "./find-session";
import { issueStaffActor } from "./issue-staff-actor";
import { readRequestContext } from "./request-context";
import { hasRole, type StaffActor } from "./staff-actor";

/**
 * The authorization check for admin pages and Server Actions: every one calls this first, and
 * proxy.ts is never relied on (it has been bypassed six times in 20 months; see
 * docs/decisions/*-staff-auth.md). Signed out (or revoked, expired, disabled): redirect to the
 * sign-in page. Signed in with too small a role: redirect to the dashboard with a notice.
 */
export async function requireStaff(role: StaffRole = "staff"): Promise<StaffActor> {
  const context = await readRequestContext();
  const session = await findActiveSession(context.token);
  if (!session) redirect(ADMIN.login);
  if (!hasRole(session, role)) redirect(withQuery(ADMIN.home, { denied: "owner" }));
  return issueStaffActor(session, context.ip);
}

/** The signed-in staff member, or null; for the sign-in page, which must stay reachable. */
export async function currentStaff(): Promise<StaffActor | null> {
  const context = await readRequestContext();
  const session = await findActiveSession(context.token);
  return session ? issueStaffActor(session, context.ip) : null;
}
