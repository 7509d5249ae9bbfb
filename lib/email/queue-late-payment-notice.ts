import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { latePaymentText } from "@/lib/email/late-payment-text";
import { siteOrigin, storeName } from "@/lib/site";

export const LATE_PAYMENT = "late_payment";

/** Queues the "we received your payment after checkout closed" email, once per order. */
export async function queueLatePaymentNotice(tx: Prisma.TransactionClient, orderId: string): Promise<boolean> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { id: true, orderNumber: true, accessToken: true, email: true, currency: true, totalCents: true },
  });
  if (!order.email) return false;
  const { subject, text, html } = latePaymentText(order, storeName(), siteOrigin());
  const inserted = await tx.outboxEmail.createMany({
    data: [{ kind: LATE_PAYMENT, orderId, to: order.email, subject, text, html }],
    skipDuplicates: true,
  });
  return inserted.count === 1;
}
