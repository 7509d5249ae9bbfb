import "server-only";
import { getDb } from "@/lib/db";
import { ORDER_DELIVERY_FIELDS } from "@/lib/orders/order-delivery-fields";
import type { StaffActor } from "@/lib/staff/staff-actor";

/** An order with its lines, Stripe ids and events, and queued emails; null if unknown. */
export async function getAdminOrder(_actor: StaffActor, orderId: string) {
  if (orderId.length > 40) return null;
  return getDb().order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      status: true,
      email: true,
      currency: true,
      totalCents: true,
      createdAt: true,
      updatedAt: true,
      paidAt: true,
      shippedAt: true,
      carrier: true,
      trackingNumber: true,
      stockReleasedAt: true,
      paidAfterReleaseAt: true,
      stripeSessionId: true,
      stripePaymentIntentId: true,
      ...ORDER_DELIVERY_FIELDS,
      phone: true,
      chargedTotalCents: true,
      totalMismatchAt: true,
      lines: {
        orderBy: { sku: "asc" },
        select: {
          id: true,
          sku: true,
          productName: true,
          sizeLabel: true,
          widthCode: true,
          unitPriceCents: true,
          quantity: true,
          variantId: true,
        },
      },
      events: { orderBy: { receivedAt: "asc" }, select: { id: true, type: true, receivedAt: true } },
      notes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { email: true } } },
      },
      emails: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, status: true, to: true, createdAt: true, sentAt: true },
      },
    },
  });
}
