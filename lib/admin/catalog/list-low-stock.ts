import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";

/** A variant at or below this many pairs shows on the low-stock view. */
export const LOW_STOCK_THRESHOLD = 2;

/** Variants of live (not archived) products at or below the threshold, emptiest first. */
export async function listLowStock(_actor: StaffActor, options: { threshold?: number; limit?: number } = {}) {
  const threshold = options.threshold ?? LOW_STOCK_THRESHOLD;
  return getDb().variant.findMany({
    where: { stock: { lte: threshold }, product: { archivedAt: null } },
    orderBy: [{ stock: "asc" }, { sku: "asc" }],
    take: options.limit ?? 200,
    select: {
      id: true,
      sku: true,
      fitRange: true,
      sizeLabel: true,
      widthCode: true,
      stock: true,
      product: { select: { id: true, name: true, published: true } },
    },
  });
}

export async function countLowStock(
  _actor: StaffActor,
  threshold = LOW_STOCK_THRESHOLD,
): Promise<{ low: number; out: number }> {
  const db = getDb();
  const live = { product: { archivedAt: null } };
  const [low, out] = await Promise.all([
    db.variant.count({ where: { ...live, stock: { lte: threshold, gt: 0 } } }),
    db.variant.count({ where: { ...live, stock: 0 } }),
  ]);
  return { low, out };
}
