import "server-only";
import { restockOrderLines } from "@/lib/checkout/restock-order-lines";
import { createRefund } from "@/lib/refunds/create-refund";
import { sendRefund, type SendOutcome } from "@/lib/refunds/send-refund";
import { runTransaction } from "@/lib/run-transaction";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";

export type PaidCancellation = {
  refundId: string | null;
  amountCents: number;
  currency: string;
  outcome: SendOutcome | null;
};

/**
 * Cancels a paid order that hasn't shipped: PAID → CANCELLED with its pairs back in stock, and a
 * refund of what is left of its payment, exactly once. The conditional update ("status = PAID and
 * stockReleasedAt IS NULL") lets one of two clicks through; the refund row is written in the same
 * transaction, and Stripe is asked for it after the commit with the row's idempotency key (the
 * refund sweep retries it if Stripe doesn't answer). An exchange's order is refused: its return
 * would be left waiting for pairs that never ship.
 */
export async function cancelPaidOrder(actor: StaffActor, orderId: string): Promise<PaidCancellation> {
  const row = await runTransaction(async (tx) => {
    if (await tx.returnRequest.count({ where: { exchangeOrderId: orderId } }))
      throw new AdminError(
        "This order ships an exchange, and shipping it finishes the return. Ship it, or refund the shopper from the original order in the Stripe Dashboard.",
        undefined,
        409,
      );
    const cancelled = await tx.$queryRaw<{ totalCents: number; currency: string }[]>`
      UPDATE "Order" SET "status" = 'CANCELLED', "stockReleasedAt" = now(), "updatedAt" = now()
      WHERE "id" = ${orderId} AND "status" = 'PAID' AND "shippedAt" IS NULL AND "stockReleasedAt" IS NULL
      RETURNING "totalCents", "currency"`;
    const order = cancelled[0];
    if (!order)
      throw new AdminError("This order changed while you were cancelling it. Reload the page.", undefined, 409);
    await restockOrderLines(tx, orderId);
    const refund = await createRefund(
      tx,
      { orderId, returnId: null, kind: "cancellation", amountCents: order.totalCents, currency: order.currency },
      order.totalCents,
    );
    await writeAudit(
      {
        actorId: actor.userId,
        action: "order.cancel",
        entityType: "Order",
        entityId: orderId,
        before: { status: "PAID" },
        after: {
          status: "CANCELLED",
          stockReleased: true,
          refundId: refund?.id ?? null,
          refundCents: refund?.amountCents ?? 0,
        },
        ip: actor.ip,
      },
      tx,
    );
    return { refund, currency: order.currency };
  });
  const { refund, currency } = row;
  if (!refund) return { refundId: null, amountCents: 0, currency, outcome: null };
  return { refundId: refund.id, amountCents: refund.amountCents, currency, outcome: await sendRefund(refund.id) };
}
