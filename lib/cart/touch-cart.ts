import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Creates the cart row if needed and moves its updatedAt forward. Every edit does this, so
 * updatedAt is the cart's contents version that the checkout key is built from.
 */
export async function touchCart(tx: Prisma.TransactionClient, cartId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Cart" ("id", "createdAt", "updatedAt") VALUES (${cartId}, now(), clock_timestamp())
    ON CONFLICT ("id") DO UPDATE SET "updatedAt" = GREATEST(clock_timestamp(), "Cart"."updatedAt" + interval '1 millisecond')`;
}
