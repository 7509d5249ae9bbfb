import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { releaseDiscount } from "@/lib/discounts/discount-redemption";
import { restockOrderLines } from "./restock-order-lines";

export type ReleaseStatus = "FAILED" | "EXPIRED" | "CANCELLED";

/**
 * Puts an order's held stock back on sale and closes the order, exactly once: the order row's
 * "stockReleasedAt IS NULL" guard is checked and set in the same UPDATE, so a replayed event or a
 * racing request finds nothing to do. Paid orders are never released.
 * `onlyWithoutSession` limits this to orders no Checkout Session was attached to (see start-checkout).
 * `sessionIdRead` limits it to orders whose session is still the one the caller read (null: still
 * none), so a session attached after that read, which the caller never expired, can't be released
 * from under a shopper about to pay it.
 * A reserved discount code is given back in the same transaction (decision 0020).
 * Returns true when this call released the stock.
 */
export async function releaseHold(
  tx: Prisma.TransactionClient,
  orderId: string,
  status: ReleaseStatus,
  { onlyWithoutSession = false, sessionIdRead }: { onlyWithoutSession?: boolean; sessionIdRead?: string | null } = {},
): Promise<boolean> {
  const released = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Order" SET "status" = ${status}::"OrderStatus", "stockReleasedAt" = now(), "updatedAt" = now()
    WHERE "id" = ${orderId} AND "stockReleasedAt" IS NULL AND "status" IN ('PENDING', 'AWAITING_PAYMENT')
    ${onlyWithoutSession ? Prisma.sql`AND "stripeSessionId" IS NULL` : Prisma.empty}
    ${sessionIdRead !== undefined ? Prisma.sql`AND "stripeSessionId" IS NOT DISTINCT FROM ${sessionIdRead}` : Prisma.empty}
    RETURNING "id"`;
  if (released.length === 0) return false;
  await restockOrderLines(tx, orderId);
  // The discount code's reservation goes back with the stock, under the same once-only guard.
  await releaseDiscount(tx, orderId);
  return true;
}
