import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orderConfirmationText } from "@/lib/email/order-confirmation-text";
import { ORDER_DELIVERY_FIELDS } from "@/lib/orders/order-delivery-fields";
import { siteOrigin, storeName } from "@/lib/site";

export const ORDER_CONFIRMATION = "order_confirmation";

/**
 * Writes the confirmation email to the outbox in the caller's transaction, so it exists if and only
 * if the order became paid. The (orderId, kind) unique index makes a second call a no-op.
 * Returns false when there is no address to send to.
 */
export async function queueOrderConfirmation(tx: Prisma.TransactionClient, orderId: string): Promise<boolean> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      accessToken: true,
      email: true,
      currency: true,
      totalCents: true,
      // Shipping, tax and the address (decision 0019), shown in the confirmation.
      ...ORDER_DELIVERY_FIELDS,
      lines: {
        orderBy: { sku: "asc" },
        select: { productName: true, sizeLabel: true, widthCode: true, unitPriceCents: true, quantity: true },
      },
    },
  });
  if (!order.email) {
    console.warn(`Order ${orderId} was paid without an email address; no confirmation can be sent.`);
    return false;
  }
  const { subject, text, html } = orderConfirmationText(order, storeName(), siteOrigin());
  await tx.outboxEmail.createMany({
    data: [{ kind: ORDER_CONFIRMATION, orderId, to: order.email, subject, text, html }],
    skipDuplicates: true,
  });
  return true;
}
