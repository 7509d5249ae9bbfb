import "server-only";
import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { assertRole } from "./require-role";

export const AUDIT_PAGE_SIZE = 100;

export const auditFiltersSchema = z.object({
  action: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z_.]*$/)
    .catch(""),
  entityId: z.string().trim().max(40).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

/** Owners only: the audit log, newest first, optionally by action prefix or entity. */
export async function listAudit(actor: StaffActor, filters: AuditFilters) {
  assertRole(actor, "owner");
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.action) where.action = { startsWith: filters.action };
  if (filters.entityId) where.entityId = filters.entityId;
  const db = getDb();
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { email: true } } },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries };
}
