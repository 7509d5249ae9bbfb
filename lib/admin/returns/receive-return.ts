import "server-only";
import { createAccessToken } from "@/lib/orders/order-access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { runTransaction } from "@/lib/run-transaction";
import { returnReceivedEmailText } from "@/lib/returns/return-emails";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "@/lib/admin/admin-error";
import { emailReturnShopper } from "./email-return-shopper";
import { lockReturn, requireStatus } from "./lock-return";
import { receiveReturnFormSchema } from "./return-form-schemas";

/** The form's schema, shared with the browser (return-form-schemas.ts). */
export const receiveReturnSchema = receiveReturnFormSchema;

export type ReceivedReturn = { restockedPairs: number; exchangeOrderId: string | null };

/**
 * REQUESTED or APPROVED → RECEIVED (a parcel can arrive before anyone approved it), audited. Staff
 * say how many pairs of each line can be sold again; those go back in stock, and the damaged ones
 * don't. The status condition and "restockedAt IS NULL" make a double click restock once. For an
 * exchange, the order that ships the new pairs is made here, at no charge, from the pairs held
 * when the return was requested (that order now owns the hold), and joins the normal shipping
 * queue as a paid order.
 */
export async function receiveReturn(actor: StaffActor, returnId: string, input: unknown): Promise<ReceivedReturn> {
  const { lines: counted } = receiveReturnSchema.parse(input);
  const result = await runTransaction(async (tx) => {
    const current = await lockReturn(tx, returnId);
    requireStatus(current, ["REQUESTED", "APPROVED"], "received");
    const lines = await tx.returnLine.findMany({
      where: { returnId },
      select: { id: true, quantity: true, orderLine: { select: { variantId: true } } },
    });
    const resellable = new Map(counted.map((line) => [line.returnLineId, line.resellableQuantity]));
    for (const line of lines) {
      const count = resellable.get(line.id);
      if (count === undefined)
        throw new AdminError("Say how many pairs of each line can be sold again.", {
          [`lines.${line.id}`]: "Required",
        });
      if (count > line.quantity)
        throw new AdminError(
          `Only ${line.quantity} pairs of that line came back.`,
          { [`lines.${line.id}`]: "Too many" },
          400,
        );
    }
    if (counted.some((line) => !lines.some((candidate) => candidate.id === line.returnLineId)))
      throw new AdminError("That line isn't part of this return.", undefined, 400);

    await tx.returnRequest.update({
      where: { id: returnId },
      data: { status: "RECEIVED", receivedAt: new Date(), restockedAt: new Date() },
    });
    let restockedPairs = 0;
    for (const line of lines) {
      const count = resellable.get(line.id) ?? 0;
      await tx.returnLine.update({ where: { id: line.id }, data: { resellableQuantity: count } });
      if (count > 0 && line.orderLine.variantId) {
        await tx.$executeRaw`UPDATE "Variant" SET "stock" = "stock" + ${count}, "updatedAt" = now() WHERE "id" = ${line.orderLine.variantId}`;
        restockedPairs += count;
      }
    }
    const exchangeOrderId = current.resolution === "exchange" ? await createExchangeOrder(tx, returnId) : null;
    await writeAudit(
      {
        actorId: actor.userId,
        action: "return.receive",
        entityType: "ReturnRequest",
        entityId: returnId,
        before: { status: current.status },
        after: { status: "RECEIVED", resellable: Object.fromEntries(resellable), restockedPairs, exchangeOrderId },
        ip: actor.ip,
      },
      tx,
    );
    const queued = await emailReturnShopper(tx, current, "received", await returnReceivedEmailText(tx, returnId));
    return { restockedPairs, exchangeOrderId, queued };
  });
  if (result.queued) await enqueueOutboxDelivery();
  return { restockedPairs: result.restockedPairs, exchangeOrderId: result.exchangeOrderId };
}

/** The exchange's order: paid, at no charge, to the original address, with the held pairs. */
async function createExchangeOrder(tx: Prisma.TransactionClient, returnId: string): Promise<string> {
  const source = await tx.returnRequest.findUniqueOrThrow({
    where: { id: returnId },
    select: {
      exchangeReleasedAt: true,
      order: {
        select: {
          email: true,
          currency: true,
          shipName: true,
          shipLine1: true,
          shipLine2: true,
          shipCity: true,
          shipState: true,
          shipPostalCode: true,
          shipCountry: true,
          phone: true,
          shippingRateName: true,
          shippingMinDays: true,
          shippingMaxDays: true,
        },
      },
      lines: {
        select: {
          quantity: true,
          exchangeVariant: {
            select: { id: true, sku: true, sizeLabel: true, widthCode: true, product: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (source.exchangeReleasedAt) throw new AdminError("This exchange's pairs were already released.", undefined, 409);
  const now = new Date();
  const created = await tx.order.create({
    data: {
      ...source.order,
      accessToken: createAccessToken(),
      status: "PAID",
      paidAt: now,
      totalCents: 0,
      lines: {
        create: source.lines.flatMap((line) =>
          line.exchangeVariant
            ? [
                {
                  variantId: line.exchangeVariant.id,
                  sku: line.exchangeVariant.sku,
                  productName: line.exchangeVariant.product.name,
                  sizeLabel: line.exchangeVariant.sizeLabel,
                  widthCode: line.exchangeVariant.widthCode,
                  unitPriceCents: 0,
                  quantity: line.quantity,
                },
              ]
            : [],
        ),
      },
    },
    select: { id: true },
  });
  await tx.returnRequest.update({ where: { id: returnId }, data: { exchangeOrderId: created.id } });
  return created.id;
}
