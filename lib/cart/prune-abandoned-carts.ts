import "server-only";
import { getDb } from "@/lib/db";
import { CART_COOKIE_MAX_AGE_S } from "./cart-cookie";

/**
 * The cart cookie lives 30 days from when it is set (cart-cookie.ts), which is never after the
 * cart's last change: a cart unchanged for longer than that has no cookie left that names it, and
 * no shopper can open it again. Five days more for a request that read its id just before. An
 * order keeps copies of its lines, so pruning a cart never touches an order.
 */
export const ABANDONED_CART_RETENTION_MS = (CART_COOKIE_MAX_AGE_S + 5 * 24 * 60 * 60) * 1000;

/** Deletes carts (and their lines) unchanged for longer than the retention; returns how many. */
export async function pruneAbandonedCarts(now = new Date()): Promise<number> {
  const { count } = await getDb().cart.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - ABANDONED_CART_RETENTION_MS) } },
  });
  return count;
}
