import type { PrismaClient, StaffRole } from "@/lib/generated/prisma/client";
import { hashPassword } from "./hash-password";
import { createStaffSchema } from "./password-schema";

// No "server-only": shared by the owner's admin page, `npm run staff:create` and `npm start`.

export type NewStaffUser = { id: string; email: string; role: StaffRole };

/**
 * Creates a staff account after checking the input with the shared schema (email shape,
 * password length), and records who did it in the audit log, in one transaction.
 */
export async function insertStaffUser(
  db: PrismaClient,
  input: { email: string; role: StaffRole; password: string },
  audit: { actorId?: string; ip?: string; via: "admin" | "cli" | "demo" },
): Promise<NewStaffUser> {
  const parsed = createStaffSchema.parse(input);
  const passwordHash = await hashPassword(parsed.password);
  return db.$transaction(async (tx) => {
    const user = await tx.staffUser.create({
      data: { email: parsed.email, role: parsed.role, passwordHash },
      select: { id: true, email: true, role: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: audit.actorId ?? null,
        action: "staff.create",
        entityType: "StaffUser",
        entityId: user.id,
        after: { email: user.email, role: user.role, via: audit.via },
        ip: audit.ip ?? null,
      },
    });
    return user;
  });
}
