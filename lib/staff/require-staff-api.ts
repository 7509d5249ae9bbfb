import "server-only";
import type { NextRequest } from "next/server";
import { StoreError } from "@/lib/errors/store-error";
import { assertSameOrigin as assertRequestSameOrigin } from "@/lib/http/assert-same-origin";
import { getEnv } from "@/lib/env";
import type { StaffRole } from "@/lib/generated/prisma/client";
import { clientIp } from "./client-ip";
import { findActiveSession } from "./find-session";
import { issueStaffActor } from "./issue-staff-actor";
import { cookieModeFor, sessionCookieName } from "./session-cookie";
import { hasRole, type StaffActor } from "./staff-actor";
import { writeAudit } from "./write-audit";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The authorization check for /api/admin route handlers. State-changing methods are first
 * checked for a cross-site origin (403, nothing read or written), then the session cookie is
 * looked up in the database: none or dead → 401, role too small → 403.
 */
export async function requireStaffApi(request: NextRequest, role: StaffRole = "staff"): Promise<StaffActor> {
  const ip = clientIp(request.headers);
  if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request, ip);
  const mode = cookieModeFor(request.headers, request.url, getEnv().NODE_ENV === "production");
  const session = await findActiveSession(request.cookies.get(sessionCookieName(mode))?.value);
  if (!session) throw new StoreError(401, "unauthorized");
  if (!hasRole(session, role)) {
    await writeAudit({
      actorId: session.userId,
      action: "access.denied",
      entityType: "route",
      entityId: request.nextUrl.pathname,
      ip,
    });
    throw new StoreError(403, "forbidden");
  }
  return issueStaffActor(session, ip);
}

/** 403 for a cross-site state-changing request (the store's one rule); also used by sign-in and sign-out (login CSRF). */
export function assertSameOrigin(request: NextRequest, ip = clientIp(request.headers)): void {
  assertRequestSameOrigin(request, ip);
}
