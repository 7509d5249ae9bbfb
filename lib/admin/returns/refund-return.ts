import "server-only";
import { runTransaction } from "@/lib/run-transaction";
import { createRefund } from "@/lib/refunds/create-refund";
import { LIVE_REFUND_STATUSES } from "@/lib/refunds/live-refund-statuses";
import { sendRefund, type SendOutcome } from "@/lib/refunds/send-refund";
import { refundForPairs } from "@/lib/returns/refund-share";
import { getStoreSettings } from "@/lib/settings/get-store-settings";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "@/lib/admin/admin-error";
import { lockReturn, requireStatus } from "./lock-return";

export type ReturnRefund = { refundId: string; amountCents: number; currency: string; outcome: SendOutcome };

/**
 * Refunds a received return's pairs: the refund row is written (with the amount its pairs are
 * worth, lib/returns/refund-share.ts, never more than is left of the payment) in one transaction
 * holding the order's lock, then Stripe is asked for it with the row's idempotency key. A second
 * click finds the live refund (one per return, a unique index) and only sends it again if Stripe
 * hasn't accepted it yet. The return becomes REFUNDED when Stripe accepts the refund.
 */
export async function refundReturn(actor: StaffActor, returnId: string): Promise<ReturnRefund> {
  const row = await runTransaction(async (tx) => {
    const current = await lockReturn(tx, returnId);
    if (current.resolution !== "refund")
      throw new AdminError("This return is an exchange: its new pairs ship instead of a refund.", undefined, 409);
    requireStatus(current, ["RECEIVED", "REFUNDED"], "refunded");
    const order = await tx.order.findUniqueOrThrow({
      where: { id: current.orderId },
      select: {
        totalCents: true,
        shippingCents: true,
        currency: true,
        lines: { select: { unitPriceCents: true, quantity: true } },
        returns: {
          where: { id: { not: returnId }, refunds: { some: { status: { in: [...LIVE_REFUND_STATUSES] } } } },
          select: { lines: { select: { quantity: true, orderLine: { select: { unitPriceCents: true } } } } },
        },
      },
    });
    const mine = await tx.returnLine.findMany({
      where: { returnId },
      select: { quantity: true, orderLine: { select: { unitPriceCents: true } } },
    });
    const listValue = (lines: { quantity: number; orderLine: { unitPriceCents: number } }[]) =>
      lines.reduce((sum, line) => sum + line.quantity * line.orderLine.unitPriceCents, 0);
    const linesCents = order.lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
    const { refundShippingOnReturn } = await getStoreSettings(tx);
    const amountCents = refundForPairs(
      { totalCents: order.totalCents, shippingCents: order.shippingCents, linesCents },
      order.returns.reduce((sum, other) => sum + listValue(other.lines), 0),
      listValue(mine),
      { refundShipping: refundShippingOnReturn },
    );
    const refund = await createRefund(
      tx,
      { orderId: current.orderId, returnId, kind: "return", amountCents, currency: order.currency },
      order.totalCents,
    );
    if (!refund) throw new AdminError("Nothing is left to refund on this order's payment.", undefined, 409);
    if (refund.created)
      await writeAudit(
        {
          actorId: actor.userId,
          action: "return.refund",
          entityType: "ReturnRequest",
          entityId: returnId,
          before: { status: current.status },
          after: { refundId: refund.id, amountCents: refund.amountCents, refundShipping: refundShippingOnReturn },
          ip: actor.ip,
        },
        tx,
      );
    return { ...refund, currency: order.currency };
  });
  const outcome = await sendRefund(row.id);
  return { refundId: row.id, amountCents: row.amountCents, currency: row.currency, outcome };
}
