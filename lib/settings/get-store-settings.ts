import "server-only";
import type { Prisma, TaxMode } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";

export type StoreSettings = { taxMode: TaxMode };

/** What applies when the row is missing (the migration inserts it; a test database may lack it). */
export const DEFAULT_STORE_SETTINGS: StoreSettings = { taxMode: "exclusive" };

/** The store's settings (one row), read in the caller's transaction when given one. */
export async function getStoreSettings(
  db: Pick<Prisma.TransactionClient, "storeSettings"> = getDb(),
): Promise<StoreSettings> {
  const row = await db.storeSettings.findUnique({ where: { id: 1 }, select: { taxMode: true } });
  return row ?? DEFAULT_STORE_SETTINGS;
}
