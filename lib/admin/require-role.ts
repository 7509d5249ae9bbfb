import type { StaffRole } from "@/lib/generated/prisma/client";
import { hasRole, type StaffActor } from "@/lib/staff/staff-actor";
import { AdminError } from "./admin-error";

/** Data-layer role check for owner-only operations (403 when the actor's role is too small). */
export function assertRole(actor: StaffActor, role: StaffRole): void {
  if (!hasRole(actor, role)) throw new AdminError("Only an owner can do this.", undefined, 403);
}
