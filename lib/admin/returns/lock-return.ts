import "server-only";
import type { Prisma, ReturnStatus } from "@/lib/generated/prisma/client";
import { AdminError } from "@/lib/admin/admin-error";

export type LockedReturn = {
  id: string;
  orderId: string;
  status: ReturnStatus;
  resolution: "refund" | "exchange";
  returnNumber: number;
};

/**
 * The return's order row, then the return's own row, locked in that order (the order every return
 * path uses, the shopper's included, so they can't deadlock), and the return as it is now.
 */
export async function lockReturn(tx: Prisma.TransactionClient, returnId: string): Promise<LockedReturn> {
  const found = await tx.returnRequest.findUnique({ where: { id: returnId }, select: { orderId: true } });
  if (!found) throw new AdminError("That return doesn't exist.", undefined, 404);
  await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${found.orderId} FOR UPDATE`;
  const rows = await tx.$queryRaw<LockedReturn[]>`
    SELECT "id", "orderId", "status"::text AS "status", "resolution"::text AS "resolution", "returnNumber"
    FROM "ReturnRequest" WHERE "id" = ${returnId} FOR UPDATE`;
  return rows[0] as LockedReturn;
}

/** Refuses a change from a state it doesn't start from, saying where the return is now. */
export function requireStatus(current: LockedReturn, allowed: readonly ReturnStatus[], doing: string): void {
  if (allowed.includes(current.status)) return;
  throw new AdminError(
    `This return can't be ${doing}: it is ${current.status.toLowerCase().replace("_", " ")}. Reload to see it as it is now.`,
    undefined,
    409,
  );
}
