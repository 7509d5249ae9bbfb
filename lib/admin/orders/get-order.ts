import "server-only";
import { getDb } from "@/lib/db";
import { ORDER_DELIVERY_FIELDS } from "@/lib/orders/order-delivery-fields";
import type { StaffActor } from "@/lib/staff/staff-actor";

/**
 * An order with its lines, Stripe ids and events, queued emails, returns and refunds (and, for an
 * exchange's order, the return it ships); null if unknown.
 */
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
      stripeRefundedCents: true,
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
      returns: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, returnNumber: true, status: true, resolution: true, lines: { select: { quantity: true } } },
      },
      refunds: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          amountCents: true,
          currency: true,
          status: true,
          stripeRefundId: true,
          attempts: true,
          lastError: true,
          createdAt: true,
        },
      },
      /** Set on an exchange's order: the return (and its order) whose new pairs it ships. */
      exchangeFor: {
        select: { id: true, returnNumber: true, order: { select: { id: true, orderNumber: true } } },
      },
    },
  });
}
