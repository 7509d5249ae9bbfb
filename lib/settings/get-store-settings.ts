import "server-only";
import type { Prisma, TaxMode } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";

export type StoreSettings = {
  taxMode: TaxMode;
  /** Days after shipping in which a shopper can start a return. */
  returnWindowDays: number;
  /** Whether a return that brings back an order's last pair refunds its shipping too. */
  refundShippingOnReturn: boolean;
  /** Where returns go, one line per line (printed on the return slip). */
  returnAddress: string;
};

/** What applies when the row is missing (the migration inserts it; a test database may lack it). */
export const DEFAULT_STORE_SETTINGS: StoreSettings = {
  taxMode: "exclusive",
  returnWindowDays: 60,
  refundShippingOnReturn: false,
  returnAddress: "Steady Stride Returns\n100 Harbor Way, Unit 4\nPortland, OR 97201\nUnited States",
};

const SETTINGS_SELECT = {
  taxMode: true,
  returnWindowDays: true,
  refundShippingOnReturn: true,
  returnAddress: true,
} as const;

/** The store's settings (one row), read in the caller's transaction when given one. */
export async function getStoreSettings(
  db: Pick<Prisma.TransactionClient, "storeSettings"> = getDb(),
): Promise<StoreSettings> {
  const row = await db.storeSettings.findUnique({ where: { id: 1 }, select: SETTINGS_SELECT });
  return row ?? DEFAULT_STORE_SETTINGS;
}
