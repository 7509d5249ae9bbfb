import "server-only";
import { getDb } from "@/lib/db";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { getStoreSettings } from "@/lib/settings/get-store-settings";
import { siteOrigin, storeName } from "@/lib/site";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { shipOrderSchema } from "./ship-schema";
import { shippedEmailText } from "./shipped-email-text";

export const ORDER_SHIPPED = "order_shipped";

/**
 * PAID → SHIPPED with the carrier and any tracking number, and one "order_shipped" email in the outbox, in one
 * transaction. The status condition makes a double click (or two staff at once) ship once; the
 * outbox's (orderId, kind) unique index makes the email once. After the commit, the job runner is
 * asked to send it.
 */
export async function markOrderShipped(
  actor: StaffActor,
  orderId: string,
  input: unknown,
): Promise<{ emailQueued: boolean }> {
  const shipment = shipOrderSchema.parse(input);
  const carrier = shipment.carrier;
  const trackingNumber = shipment.trackingNumber === "" ? null : shipment.trackingNumber;
  const result = await getDb().$transaction(async (tx) => {
    const shipped = await tx.order.updateMany({
      where: { id: orderId, status: "PAID" },
      data: { status: "SHIPPED", shippedAt: new Date(), carrier, trackingNumber },
    });
    if (shipped.count === 0) {
      const order = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
      if (!order) throw new AdminError("That order doesn't exist.", undefined, 404);
      throw new AdminError(
        order.status === "SHIPPED"
          ? "This order was already marked as shipped."
          : `Only paid orders can be shipped; this one is ${order.status.toLowerCase().replace("_", " ")}.`,
        undefined,
        409,
      );
    }
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { id: true, email: true, accessToken: true, orderNumber: true },
    });
    // An exchange's order shipping is the last step of its return.
    await tx.returnRequest.updateMany({
      where: { exchangeOrderId: orderId, status: "RECEIVED" },
      data: { status: "EXCHANGE_SHIPPED", exchangeShippedAt: new Date() },
    });
    let emailQueued = false;
    if (order.email) {
      const { subject, text, html } = shippedEmailText(
        { ...order, carrier, trackingNumber },
        storeName(),
        siteOrigin(),
        (await getStoreSettings(tx)).returnWindowDays,
      );
      const inserted = await tx.outboxEmail.createMany({
        data: [{ kind: ORDER_SHIPPED, orderId, to: order.email, subject, text, html }],
        skipDuplicates: true,
      });
      emailQueued = inserted.count === 1;
    }
    await writeAudit(
      {
        actorId: actor.userId,
        action: "order.ship",
        entityType: "Order",
        entityId: orderId,
        before: { status: "PAID" },
        after: { status: "SHIPPED", carrier, trackingNumber, emailQueued },
        ip: actor.ip,
      },
      tx,
    );
    return { emailQueued };
  });
  if (result.emailQueued) await enqueueOutboxDelivery();
  return result;
}
