import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { isStorableText } from "@/lib/validation/storable-text";
import type { LowStockFilters } from "./low-stock-filters";
import { LOW_STOCK_THRESHOLD, variantsAtStockLevel } from "./stock-levels";

export { LOW_STOCK_THRESHOLD };

export const LOW_STOCK_PAGE_SIZE = 50;

export const LOW_STOCK_SELECT = {
  id: true,
  sku: true,
  fitRange: true,
  sizeLabel: true,
  widthCode: true,
  stock: true,
  product: { select: { id: true, name: true, published: true, brand: { select: { name: true } } } },
} satisfies Prisma.VariantSelect;

/** The sizes the filters pick, or null when the search can't match anything (NUL bytes, broken text). */
export function lowStockWhere(filters: LowStockFilters): Prisma.VariantWhereInput | null {
  if (!isStorableText(filters.q) || !isStorableText(filters.brand)) return null;
  const conditions: Prisma.VariantWhereInput[] = [variantsAtStockLevel(filters.level)];
  if (filters.brand) conditions.push({ product: { brandId: filters.brand } });
  if (filters.range) conditions.push({ fitRange: filters.range });
  if (filters.q) {
    conditions.push({
      OR: [
        { sku: { contains: filters.q, mode: "insensitive" } },
        { product: { name: { contains: filters.q, mode: "insensitive" } } },
      ],
    });
  }
  return { AND: conditions };
}

/** One page of low and sold-out sizes of live (not archived) shoes, emptiest first, with the total. */
export async function listLowStock(_actor: StaffActor, filters: LowStockFilters) {
  const where = lowStockWhere(filters);
  if (!where) return { total: 0, pageCount: 1, variants: [] };
  const db = getDb();
  const [total, variants] = await Promise.all([
    db.variant.count({ where }),
    db.variant.findMany({
      where,
      orderBy: [{ stock: "asc" }, { sku: "asc" }],
      skip: (filters.page - 1) * LOW_STOCK_PAGE_SIZE,
      take: LOW_STOCK_PAGE_SIZE,
      select: LOW_STOCK_SELECT,
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / LOW_STOCK_PAGE_SIZE)), variants };
}

/** The dashboard's two counts, by the same definition the list filters with. */
export async function countLowStock(_actor: StaffActor): Promise<{ low: number; out: number }> {
  const db = getDb();
  const [low, out] = await Promise.all([
    db.variant.count({ where: variantsAtStockLevel("low") }),
    db.variant.count({ where: variantsAtStockLevel("out") }),
  ]);
  return { low, out };
}
