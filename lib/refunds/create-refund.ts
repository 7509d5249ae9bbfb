import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIVE_REFUND_STATUSES } from "./live-refund-statuses";

export type NewRefund = {
  orderId: string;
  returnId: string | null;
  kind: "return" | "cancellation";
  amountCents: number;
  currency: string;
};

/**
 * Writes the refund row, before Stripe is called, in the caller's transaction (which must hold the
 * order's row lock). Never more than the order's payment less its live refunds: the amount is cut
 * to what is left. The partial unique indexes allow one live refund per return and per cancelled
 * order, so a second request finds the first (returned with created: false). Returns null when
 * nothing is left to refund.
 */
export async function createRefund(
  tx: Prisma.TransactionClient,
  refund: NewRefund,
  paidCents: number,
): Promise<{ id: string; amountCents: number; created: boolean } | null> {
  const existing = await tx.refund.findFirst({
    where: {
      status: { in: [...LIVE_REFUND_STATUSES] },
      ...(refund.returnId ? { returnId: refund.returnId } : { orderId: refund.orderId, kind: "cancellation" }),
    },
    select: { id: true, amountCents: true },
  });
  if (existing) return { ...existing, created: false };
  const refunded = await tx.refund.aggregate({
    where: { orderId: refund.orderId, status: { in: [...LIVE_REFUND_STATUSES] } },
    _sum: { amountCents: true },
  });
  const left = paidCents - (refunded._sum.amountCents ?? 0);
  const amountCents = Math.min(refund.amountCents, left);
  if (amountCents <= 0) return null;
  const row = await tx.refund.create({ data: { ...refund, amountCents }, select: { id: true, amountCents: true } });
  return { ...row, created: true };
}
