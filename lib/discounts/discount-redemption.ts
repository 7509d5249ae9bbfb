import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { StoreError } from "@/lib/errors/store-error";
import { discountableCartLines } from "@/lib/discounts/cart-discount";
import { DISCOUNT_RULE_FIELDS } from "@/lib/discounts/find-discount-code";
import { quoteDiscount, refusalMessage } from "@/lib/discounts/discount-rules";

// A code's life on one order (decision 0020): reserved in the checkout's stock-hold transaction,
// redeemed when the order is paid, released when the checkout ends unpaid. Each step is a
// conditional UPDATE on the redemption's state, so it happens once however often it is asked
// for, and the code's counters move in the same transaction.

type Tx = Prisma.TransactionClient;

export type ReservedDiscount = { code: string; discountCents: number };

/** 409 for a code that applied when it was entered but doesn't now (the cart page shows why). */
const discountRefused = (reason: string, message: string) =>
  new StoreError(409, `discount_${reason}`, { code: `${message} Remove it from your cart to check out without it.` });

/**
 * Reserves the cart's code for this order, or does nothing when the cart has none. The usage
 * limit is checked by the UPDATE itself (usedCount + reservedCount < usageLimit): concurrent
 * checkouts queue on the code's row lock and each sees the count the one before it left, so a
 * code with one use left is reserved by exactly one of them. Throws a 409 (which rolls back the
 * whole hold) when the code no longer applies or is used up. Call after the stock is held: the
 * locks are always taken variants first, then the code.
 */
export async function reserveCartDiscount(tx: Tx, cartId: string, orderId: string): Promise<ReservedDiscount | null> {
  const cart = await tx.cart.findUnique({
    where: { id: cartId },
    select: { discountCode: { select: DISCOUNT_RULE_FIELDS } },
  });
  const code = cart?.discountCode;
  if (!code) return null;
  const quote = quoteDiscount(code, await discountableCartLines(cartId, tx), new Date(), { ignoreUsage: true });
  if (!quote.ok) throw discountRefused(quote.reason, quote.message);
  const reserved = await tx.$executeRaw`
    UPDATE "DiscountCode" SET "reservedCount" = "reservedCount" + 1, "updatedAt" = now()
    WHERE "id" = ${code.id} AND "active"
      AND ("usageLimit" IS NULL OR "usedCount" + "reservedCount" < "usageLimit")`;
  if (reserved === 0) {
    const now = await tx.discountCode.findUnique({ where: { id: code.id }, select: { active: true } });
    const reason = now?.active ? "used_up" : "inactive";
    throw discountRefused(reason, refusalMessage(reason, code));
  }
  await tx.discountRedemption.create({
    data: { codeId: code.id, orderId, discountCents: quote.discountCents },
    select: { id: true },
  });
  return { code: code.code, discountCents: quote.discountCents };
}

/**
 * The order was paid: its reservation becomes a use, once. For a once-per-email code the
 * redemption takes the (lower-cased) email, and the unique (codeId, onceEmail) index refuses a
 * second paid use by the same email even if two payments settle at the same moment (the loser's
 * transaction fails, and the webhook's retry finds the email taken and flags the order).
 */
export async function redeemDiscount(tx: Tx, orderId: string, email: string | null): Promise<boolean> {
  const rows = await tx.$queryRaw<{ codeId: string }[]>`
    UPDATE "DiscountRedemption" r SET "state" = 'redeemed', "updatedAt" = now(),
      "onceEmail" = CASE WHEN c."oncePerEmail" THEN lower(${email}) ELSE NULL END
    FROM "DiscountCode" c
    WHERE r."orderId" = ${orderId} AND r."state" = 'reserved' AND c."id" = r."codeId"
    RETURNING r."codeId"`;
  const codeId = rows[0]?.codeId;
  if (!codeId) return false;
  // The code was spent on this order: it leaves the cart with the paid pairs.
  await tx.$executeRaw`
    UPDATE "Cart" c SET "discountCodeId" = NULL
    FROM "Order" o
    WHERE o."id" = ${orderId} AND c."id" = o."cartId" AND c."discountCodeId" = ${codeId}`;
  // Last, as the caller calls this last: the code's row is shared by every order using it.
  await tx.$executeRaw`
    UPDATE "DiscountCode" SET "reservedCount" = "reservedCount" - 1, "usedCount" = "usedCount" + 1, "updatedAt" = now()
    WHERE "id" = ${codeId}`;
  return true;
}

/** The checkout ended unpaid: its reservation goes back to the code, once. */
export async function releaseDiscount(tx: Tx, orderId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ codeId: string }[]>`
    UPDATE "DiscountRedemption" SET "state" = 'released', "updatedAt" = now()
    WHERE "orderId" = ${orderId} AND "state" = 'reserved'
    RETURNING "codeId"`;
  const codeId = rows[0]?.codeId;
  if (!codeId) return false;
  await tx.$executeRaw`
    UPDATE "DiscountCode" SET "reservedCount" = "reservedCount" - 1, "updatedAt" = now()
    WHERE "id" = ${codeId}`;
  return true;
}

/**
 * For settlement: has this email already redeemed this order's once-per-email code on another
 * order? The email is only known from the completed session, so this is where the rule is
 * checked (the unique index makes it hold under races).
 */
export async function emailAlreadyRedeemed(tx: Tx, orderId: string, email: string | null): Promise<boolean> {
  if (!email) return false;
  const rows = await tx.$queryRaw<{ taken: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "DiscountRedemption" mine
      JOIN "DiscountCode" c ON c."id" = mine."codeId" AND c."oncePerEmail"
      JOIN "DiscountRedemption" other ON other."codeId" = mine."codeId" AND other."onceEmail" = lower(${email})
      WHERE mine."orderId" = ${orderId} AND other."orderId" <> ${orderId}
    ) AS "taken"`;
  return rows[0]?.taken ?? false;
}
