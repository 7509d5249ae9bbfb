import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueOrderConfirmation } from "@/lib/email/queue-order-confirmation";

export type PaidOutcome = "paid" | "already_done" | "released";

/**
 * PENDING or AWAITING_PAYMENT → PAID, once per order (the status condition makes a second event for
 * the same session, or a replay, a no-op). In the same transaction: the confirmation email is
 * queued (unique per order and kind) and the paid pairs leave the shopper's cart.
 */
export async function markOrderPaid(
  tx: Prisma.TransactionClient,
  orderId: string,
  payment: { email: string | null; paymentIntentId: string | null },
): Promise<PaidOutcome> {
  const rows = await tx.$queryRaw<{ id: string; cartId: string | null }[]>`
    UPDATE "Order"
    SET "status" = 'PAID', "paidAt" = now(), "updatedAt" = now(),
        "email" = COALESCE(${payment.email}, "email"),
        "stripePaymentIntentId" = COALESCE(${payment.paymentIntentId}, "stripePaymentIntentId")
    WHERE "id" = ${orderId} AND "status" IN ('PENDING', 'AWAITING_PAYMENT') AND "stockReleasedAt" IS NULL
    RETURNING "id", "cartId"`;
  const paid = rows[0];
  if (!paid) {
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { stockReleasedAt: true } });
    return order?.stockReleasedAt ? "released" : "already_done";
  }
  await queueOrderConfirmation(tx, orderId);
  if (paid.cartId) {
    await tx.$executeRaw`
      DELETE FROM "CartLine" WHERE "cartId" = ${paid.cartId}
        AND "variantId" IN (SELECT "variantId" FROM "OrderLine" WHERE "orderId" = ${orderId} AND "variantId" IS NOT NULL)`;
  }
  return "paid";
}

/** PENDING → AWAITING_PAYMENT (a delayed payment method: stock stays held until it settles). */
export async function markOrderAwaitingPayment(tx: Prisma.TransactionClient, orderId: string, email: string | null): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "Order" SET "status" = 'AWAITING_PAYMENT', "updatedAt" = now(), "email" = COALESCE(${email}, "email")
    WHERE "id" = ${orderId} AND "status" = 'PENDING' AND "stockReleasedAt" IS NULL`;
  return updated === 1;
}
