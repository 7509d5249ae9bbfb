import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionDetails } from "@/lib/checkout/session-settlement";
import { queueLatePaymentNotice } from "@/lib/email/queue-late-payment-notice";
import { queueOrderConfirmation } from "@/lib/email/queue-order-confirmation";
import { redeemDiscount } from "@/lib/discounts/discount-redemption";

/** "paid_after_release": the order's stock was already back on sale; recorded by this call. */
export type PaidOutcome = "paid" | "paid_after_release" | "already_done";

type Payment = { email: string | null; paymentIntentId: string | null };

/**
 * PENDING or AWAITING_PAYMENT → PAID, once per order (the status condition makes a second event for
 * the same session, or a replay, a no-op). In the same transaction: the confirmation email is
 * queued (unique per order and kind) and the paid pairs leave the shopper's cart.
 * A payment for an order whose stock was already released (cancelled, expired, failed) is
 * recorded on the order instead, for staff to refund or fulfil by hand, and the shopper is told.
 */
export async function markOrderPaid(
  tx: Prisma.TransactionClient,
  orderId: string,
  payment: Payment,
  details: SessionDetails | null = null,
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
    if (!(await recordLatePayment(tx, orderId, payment))) return "already_done";
    // Staff settle a late payment by hand, and need the address and rate the shopper gave.
    await recordSessionDetails(tx, orderId, details);
    return "paid_after_release";
  }
  // Before the confirmation is written: it shows the address, the rate and the totals.
  await recordSessionDetails(tx, orderId, details);
  await queueOrderConfirmation(tx, orderId);
  if (paid.cartId) await removePaidPairsFromCart(tx, paid.cartId, orderId);
  // The reserved discount code becomes a use (decision 0020), in the same transaction. Last:
  // it locks the code's row, which every order using the code shares, so it is held only for
  // the commit, not for the rest of the settlement.
  await redeemDiscount(tx, orderId, payment.email);
  return "paid";
}

/**
 * The pairs this order paid for leave the cart, and only those: a shopper who added more after
 * opening this checkout keeps the extra pairs (a line of 3 paid with a session for 1 keeps 2).
 */
async function removePaidPairsFromCart(tx: Prisma.TransactionClient, cartId: string, orderId: string): Promise<void> {
  // Lines paid in full go first, so a line the update below shrinks can't then match the delete.
  await tx.$executeRaw`
    DELETE FROM "CartLine" cl
    USING (SELECT "variantId", SUM("quantity")::int AS "quantity" FROM "OrderLine" WHERE "orderId" = ${orderId} AND "variantId" IS NOT NULL GROUP BY "variantId") paid
    WHERE cl."cartId" = ${cartId} AND cl."variantId" = paid."variantId" AND cl."quantity" <= paid."quantity"`;
  await tx.$executeRaw`
    UPDATE "CartLine" cl SET "quantity" = cl."quantity" - paid."quantity", "updatedAt" = now()
    FROM (SELECT "variantId", SUM("quantity")::int AS "quantity" FROM "OrderLine" WHERE "orderId" = ${orderId} AND "variantId" IS NOT NULL GROUP BY "variantId") paid
    WHERE cl."cartId" = ${cartId} AND cl."variantId" = paid."variantId" AND cl."quantity" > paid."quantity"`;
}

/** Marks a payment that arrived after the order's stock went back on sale; true if this call did. */
async function recordLatePayment(tx: Prisma.TransactionClient, orderId: string, payment: Payment): Promise<boolean> {
  const marked = await tx.$executeRaw`
    UPDATE "Order"
    SET "paidAfterReleaseAt" = now(), "updatedAt" = now(),
        "email" = COALESCE(${payment.email}, "email"),
        "stripePaymentIntentId" = COALESCE(${payment.paymentIntentId}, "stripePaymentIntentId")
    WHERE "id" = ${orderId} AND "stockReleasedAt" IS NOT NULL AND "paidAfterReleaseAt" IS NULL`;
  if (marked === 0) return false;
  console.warn(
    `Payment arrived for order ${orderId} after its stock was released; it is flagged for staff to refund or fulfil by hand.`,
  );
  await queueLatePaymentNotice(tx, orderId);
  return true;
}

/** PENDING → AWAITING_PAYMENT (a delayed payment method: stock stays held until it settles). */
export async function markOrderAwaitingPayment(
  tx: Prisma.TransactionClient,
  orderId: string,
  email: string | null,
  details: SessionDetails | null = null,
): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "Order" SET "status" = 'AWAITING_PAYMENT', "updatedAt" = now(), "email" = COALESCE(${email}, "email")
    WHERE "id" = ${orderId} AND "status" = 'PENDING' AND "stockReleasedAt" IS NULL`;
  if (updated === 1) await recordSessionDetails(tx, orderId, details);
  return updated === 1;
}

/**
 * Copies what the completed session settled onto the order: the address, the chosen rate as it
 * was offered, and the money (totalCents becomes lines + shipping + tax − discount). A snapshot,
 * so editing or deleting the rate later never changes an order (decision 0019).
 */
async function recordSessionDetails(
  tx: Prisma.TransactionClient,
  orderId: string,
  details: SessionDetails | null,
): Promise<void> {
  if (!details) return;
  await tx.order.update({ where: { id: orderId }, data: details, select: { id: true } });
}
