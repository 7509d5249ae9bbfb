import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Puts an exchange's held pairs back on sale, exactly once: "exchangeReleasedAt IS NULL" is checked
 * and set in one UPDATE. Only for a return whose exchange order was never made (declined before
 * receipt); once made, that order owns the pairs. Returns whether this call released them.
 */
export async function releaseExchangeHold(tx: Prisma.TransactionClient, returnId: string): Promise<boolean> {
  const released = await tx.$executeRaw`
    UPDATE "ReturnRequest" SET "exchangeReleasedAt" = now(), "updatedAt" = now()
    WHERE "id" = ${returnId} AND "resolution" = 'exchange' AND "exchangeReleasedAt" IS NULL AND "exchangeOrderId" IS NULL`;
  if (released === 0) return false;
  const lines = await tx.$queryRaw<{ variantId: string; quantity: number }[]>`
    SELECT rl."exchangeVariantId" AS "variantId", SUM(rl."quantity")::int AS "quantity"
    FROM "ReturnLine" rl JOIN "Variant" v ON v."id" = rl."exchangeVariantId"
    WHERE rl."returnId" = ${returnId}
    GROUP BY rl."exchangeVariantId", v."sku" ORDER BY v."sku"`;
  for (const line of lines)
    await tx.$executeRaw`UPDATE "Variant" SET "stock" = "stock" + ${line.quantity}, "updatedAt" = now() WHERE "id" = ${line.variantId}`;
  return true;
}
