import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Puts every pair of an order's lines back in stock. The caller guards it to run once (a
 * conditional update of the order in the same transaction). Same SKU lock order as the hold, so a
 * release and a checkout can't deadlock.
 */
export async function restockOrderLines(tx: Prisma.TransactionClient, orderId: string): Promise<void> {
  const lines = await tx.$queryRaw<{ variantId: string; quantity: number }[]>`
    SELECT ol."variantId", SUM(ol."quantity")::int AS "quantity"
    FROM "OrderLine" ol JOIN "Variant" v ON v."id" = ol."variantId"
    WHERE ol."orderId" = ${orderId}
    GROUP BY ol."variantId", v."sku" ORDER BY v."sku"`;
  for (const line of lines) {
    await tx.$executeRaw`UPDATE "Variant" SET "stock" = "stock" + ${line.quantity}, "updatedAt" = now() WHERE "id" = ${line.variantId}`;
  }
}
