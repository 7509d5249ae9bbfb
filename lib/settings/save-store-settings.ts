import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { DEFAULT_STORE_SETTINGS } from "./get-store-settings";
import { storeSettingsSchema } from "./settings-schema";

/**
 * Saves the store settings and audits the change in the same transaction. A checkout already
 * started keeps the tax mode it began with (Order.taxMode); the new one applies to the next.
 * Returns whether anything changed.
 */
export async function saveStoreSettings(actor: StaffActor, input: unknown): Promise<{ changed: boolean }> {
  const data = storeSettingsSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    // Row lock, so two staff saving at once audit their changes one after the other.
    await tx.$executeRaw`INSERT INTO "StoreSettings" ("id", "taxMode", "updatedAt") VALUES (1, 'exclusive', now()) ON CONFLICT ("id") DO NOTHING`;
    const rows = await tx.$queryRaw<
      { taxMode: string; returnWindowDays: number; refundShippingOnReturn: boolean; returnAddress: string }[]
    >`SELECT "taxMode"::text AS "taxMode", "returnWindowDays", "refundShippingOnReturn", "returnAddress"
      FROM "StoreSettings" WHERE "id" = 1 FOR UPDATE`;
    const before = rows[0] ?? DEFAULT_STORE_SETTINGS;
    const given = (Object.keys(data) as (keyof typeof data)[]).filter((key) => data[key] !== undefined);
    const same = given.every((key) => before[key] === data[key]);
    if (same) return { changed: false };
    await tx.storeSettings.update({ where: { id: 1 }, data });
    await writeAudit(
      {
        actorId: actor.userId,
        action: "settings.update",
        entityType: "StoreSettings",
        entityId: "1",
        before: Object.fromEntries(given.map((key) => [key, before[key]])),
        after: data,
        ip: actor.ip,
      },
      tx,
    );
    return { changed: true };
  });
}
