import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";

export const DISCOUNT_RULE_FIELDS = {
  id: true,
  code: true,
  percentBps: true,
  amountOffCents: true,
  currency: true,
  minSubtotalCents: true,
  startsAt: true,
  endsAt: true,
  usageLimit: true,
  usedCount: true,
  reservedCount: true,
  oncePerEmail: true,
  collectionId: true,
  active: true,
} as const;

type Db = Prisma.TransactionClient;

/** The code as a shopper typed it, any case (the unique index is on lower(code)); null if none. */
export async function findDiscountCode(text: string, db: Db = getDb()) {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > 64) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "DiscountCode" WHERE lower("code") = lower(${trimmed}) LIMIT 1`;
  const id = rows[0]?.id;
  return id ? db.discountCode.findUnique({ where: { id }, select: DISCOUNT_RULE_FIELDS }) : null;
}

export type FoundDiscountCode = NonNullable<Awaited<ReturnType<typeof findDiscountCode>>>;

/** The collections each of these products is in, for codes limited to a collection. */
export async function collectionsByProduct(productIds: readonly string[], db: Db = getDb()) {
  const rows = await db.collectionProduct.findMany({
    where: { productId: { in: [...productIds] } },
    select: { productId: true, collectionId: true },
  });
  const byProduct = new Map<string, string[]>();
  for (const row of rows) byProduct.set(row.productId, [...(byProduct.get(row.productId) ?? []), row.collectionId]);
  return byProduct;
}
