import "server-only";
import type { Prisma, RefundStatus } from "@/lib/generated/prisma/client";
import { returnStatusHref, orderHref } from "@/lib/routes/storefront";
import { queueReturnEmail } from "@/lib/returns/queue-return-email";
import { refundSentEmailText } from "@/lib/returns/return-emails";
import { writeAudit } from "@/lib/staff/write-audit";
import { LIVE_REFUND_STATUSES, mayMoveRefund } from "./live-refund-statuses";

/** The fields of a Stripe Refund the store reads: from the Refunds API's answer or a webhook. */
export type StripeRefundReport = {
  id: string;
  status: string | null;
  amount: number;
  metadata?: Record<string, string> | null;
};

const KNOWN: readonly RefundStatus[] = ["pending", "requires_action", "succeeded", "failed", "canceled"];

export type RefundChange = { refundId: string | null; changed: boolean; queuedEmail: boolean };

/**
 * Records what Stripe says of one refund, in the caller's transaction: its re_ id and status, and
 * what follows from the status. An accepted refund (pending or succeeded) moves its return from
 * received to refunded and emails the shopper once (the outbox key is the refund's id); a refund
 * that failed puts its return back to received, so staff can try again. Found by the store's own
 * id in the metadata, or by Stripe's id; a refund made elsewhere (the Dashboard) is not ours to
 * track here (charge.refunded records the order's total refunded). Idempotent: the same report
 * twice changes nothing the second time.
 */
export async function applyStripeRefund(
  tx: Prisma.TransactionClient,
  report: StripeRefundReport,
): Promise<RefundChange> {
  const ourId = report.metadata?.refund_id;
  const rows = await tx.$queryRaw<{ id: string; status: RefundStatus; stripeRefundId: string | null }[]>`
    SELECT "id", "status", "stripeRefundId" FROM "Refund"
    WHERE "stripeRefundId" = ${report.id} OR "id" = ${ourId ?? ""}
    ORDER BY ("stripeRefundId" = ${report.id}) DESC NULLS LAST LIMIT 1 FOR UPDATE`;
  const refund = rows[0];
  if (!refund) return { refundId: null, changed: false, queuedEmail: false };
  const status = KNOWN.includes(report.status as RefundStatus) ? (report.status as RefundStatus) : refund.status;
  const move = mayMoveRefund(refund.status, status);
  if (!move && refund.stripeRefundId === report.id) return { refundId: refund.id, changed: false, queuedEmail: false };
  const next = move ? status : refund.status;
  await tx.refund.update({
    where: { id: refund.id },
    data: {
      stripeRefundId: report.id,
      status: next,
      ...(LIVE_REFUND_STATUSES.includes(next) ? { lastError: null } : {}),
    },
  });
  const details = await tx.refund.findUniqueOrThrow({
    where: { id: refund.id },
    select: {
      amountCents: true,
      currency: true,
      returnId: true,
      order: { select: { id: true, accessToken: true, email: true, orderNumber: true } },
    },
  });
  let queuedEmail = false;
  if (LIVE_REFUND_STATUSES.includes(next)) {
    if (details.returnId) {
      const moved = await tx.returnRequest.updateMany({
        where: { id: details.returnId, status: "RECEIVED" },
        data: { status: "REFUNDED", refundedAt: new Date() },
      });
      if (moved.count === 1) await auditReturnMove(details.returnId, "RECEIVED", "REFUNDED", refund.id, next, tx);
    }
    const words = await refundSentEmailText(tx, { ...details, orderNumber: details.order.orderNumber });
    queuedEmail = await queueReturnEmail(tx, {
      kind: `refund_sent:${refund.id}`,
      orderId: details.order.id,
      to: details.order.email,
      ...words,
      link: details.returnId ? returnStatusHref(details.order, details.returnId) : orderHref(details.order),
    });
  } else if (details.returnId) {
    const moved = await tx.returnRequest.updateMany({
      where: { id: details.returnId, status: "REFUNDED" },
      data: { status: "RECEIVED", refundedAt: null },
    });
    if (moved.count === 1) await auditReturnMove(details.returnId, "REFUNDED", "RECEIVED", refund.id, next, tx);
  }
  return { refundId: refund.id, changed: true, queuedEmail };
}

/** A return moved by Stripe's word rather than a person's: audited with no actor. */
function auditReturnMove(
  returnId: string,
  from: string,
  to: string,
  refundId: string,
  refundStatus: RefundStatus,
  tx: Prisma.TransactionClient,
) {
  return writeAudit(
    {
      action: "return.refund_status",
      entityType: "ReturnRequest",
      entityId: returnId,
      before: { status: from },
      after: { status: to, refundId, refundStatus },
    },
    tx,
  );
}
