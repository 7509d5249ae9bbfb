import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { isStorableText } from "@/lib/validation/storable-text";
import type { ProductFilters } from "./product-filters";
import { LOW_STOCK_THRESHOLD } from "./list-low-stock";

export const ADMIN_PAGE_SIZE = 50;

/** One page of products for the admin list, with stock totals. */
export async function listAdminProducts(_actor: StaffActor, filters: ProductFilters) {
  // A search for a NUL byte or a broken character matches nothing, and PostgreSQL would refuse it.
  if (!isStorableText(filters.q) || !isStorableText(filters.brand)) return { total: 0, pageCount: 1, products: [] };
  const where: Prisma.ProductWhereInput = {};
  if (filters.q) {
    where.OR = [
      { name: { contains: filters.q, mode: "insensitive" } },
      { slug: { contains: filters.q, mode: "insensitive" } },
      { variants: { some: { sku: { contains: filters.q, mode: "insensitive" } } } },
    ];
  }
  if (filters.status === "published") Object.assign(where, { published: true, archivedAt: null });
  if (filters.status === "draft") Object.assign(where, { published: false, archivedAt: null });
  if (filters.status === "archived") where.archivedAt = { not: null };
  if (filters.brand) where.brandId = filters.brand;
  if (filters.range) where.range = filters.range;
  if (filters.stock === "low") where.variants = { some: { stock: { lte: LOW_STOCK_THRESHOLD } } };
  if (filters.stock === "out") where.variants = { none: { stock: { gt: 0 } } };

  const db = getDb();
  const [total, products] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        slug: true,
        priceCents: true,
        currency: true,
        published: true,
        archivedAt: true,
        range: true,
        updatedAt: true,
        brand: { select: { name: true } },
        variants: { select: { stock: true } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
    products: products.map(({ variants, ...product }) => ({
      ...product,
      variantCount: variants.length,
      totalStock: variants.reduce((sum, variant) => sum + variant.stock, 0),
      lowVariants: variants.filter((variant) => variant.stock <= LOW_STOCK_THRESHOLD).length,
    })),
  };
}
