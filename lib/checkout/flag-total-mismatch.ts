import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Stripe completed a session for an amount (or with a rate or tax) that doesn't agree with the
 * store's own total. The order is not fulfilled: it keeps its held stock and is flagged for staff,
 * who see what Stripe charged beside what the store computed, and refund or settle it by hand.
 * Idempotent: a repeat keeps the first flag time. Returns true when the order is flagged.
 */
export async function flagTotalMismatch(
  tx: Prisma.TransactionClient,
  orderId: string,
  chargedTotalCents: number | null,
): Promise<boolean> {
  const flagged = await tx.$executeRaw`
    UPDATE "Order" SET "totalMismatchAt" = COALESCE("totalMismatchAt", now()),
      "chargedTotalCents" = ${chargedTotalCents}, "updatedAt" = now()
    WHERE "id" = ${orderId} AND "status" IN ('PENDING', 'AWAITING_PAYMENT')`;
  return flagged === 1;
}
