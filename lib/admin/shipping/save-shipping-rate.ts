import "server-only";
import { getDb } from "@/lib/db";
import { SHIPPING_RATE_ROW_FIELDS } from "@/lib/orders/shipping-offer";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { diffFields } from "../diff-fields";
import { shippingRateSchema, toShippingRateData } from "./shipping-rate-schema";

const RATE_FIELDS = { ...SHIPPING_RATE_ROW_FIELDS, active: true } as const;

/**
 * Creates (rateId null) or updates a shipping rate, audited in the same transaction. A change
 * reaches the next checkout; orders already placed keep the copy of the rate they were offered.
 */
export async function saveShippingRate(
  actor: StaffActor,
  rateId: string | null,
  input: unknown,
): Promise<{ id: string }> {
  const data = toShippingRateData(shippingRateSchema.parse(input));
  return getDb().$transaction(async (tx) => {
    if (rateId === null) {
      const created = await tx.shippingRate.create({ data, select: { id: true } });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "shipping_rate.create",
          entityType: "ShippingRate",
          entityId: created.id,
          after: data,
          ip: actor.ip,
        },
        tx,
      );
      return created;
    }
    const before = await tx.shippingRate.findUnique({ where: { id: rateId }, select: RATE_FIELDS });
    if (!before) throw new AdminError("That shipping rate no longer exists.", undefined, 404);
    const diff = diffFields(before, data);
    if (diff) {
      await tx.shippingRate.update({ where: { id: rateId }, data });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "shipping_rate.update",
          entityType: "ShippingRate",
          entityId: rateId,
          ...diff,
          ip: actor.ip,
        },
        tx,
      );
    }
    return { id: rateId };
  });
}

/** Deletes a rate. Orders keep their own copy of the rate they used, so none of them changes. */
export async function deleteShippingRate(actor: StaffActor, rateId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await tx.shippingRate.findUnique({ where: { id: rateId }, select: RATE_FIELDS });
    if (!before) throw new AdminError("That shipping rate no longer exists.", undefined, 404);
    await tx.shippingRate.delete({ where: { id: rateId } });
    await writeAudit(
      {
        actorId: actor.userId,
        action: "shipping_rate.delete",
        entityType: "ShippingRate",
        entityId: rateId,
        before,
        ip: actor.ip,
      },
      tx,
    );
  });
}

export async function listShippingRates(_actor: StaffActor) {
  return getDb().shippingRate.findMany({
    orderBy: [{ active: "desc" }, { priceCents: "asc" }, { name: "asc" }],
    select: RATE_FIELDS,
  });
}

export async function getShippingRate(_actor: StaffActor, rateId: string) {
  if (rateId.length > 40) return null;
  return getDb().shippingRate.findUnique({ where: { id: rateId }, select: RATE_FIELDS });
}
