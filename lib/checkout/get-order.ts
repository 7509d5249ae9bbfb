import "server-only";
import { getDb } from "@/lib/db";
import { accessTokenMatches } from "@/lib/orders/order-access";
import { ORDER_DELIVERY_FIELDS } from "@/lib/orders/order-delivery-fields";

const ORDER_VIEW = {
  id: true,
  status: true,
  email: true,
  currency: true,
  totalCents: true,
  accessToken: true,
  stripeSessionId: true,
  createdAt: true,
  paidAt: true,
  shippedAt: true,
  carrier: true,
  trackingNumber: true,
  stockReleasedAt: true,
  paidAfterReleaseAt: true,
  ...ORDER_DELIVERY_FIELDS,
  phone: true,
  totalMismatchAt: true,
  lines: {
    orderBy: { sku: "asc" },
    select: { sku: true, productName: true, sizeLabel: true, widthCode: true, unitPriceCents: true, quantity: true },
  },
} as const;

export type OrderView = NonNullable<Awaited<ReturnType<typeof getOrderBySession>>>;

/** The order a Checkout Session id belongs to (the success page's lookup). */
export async function getOrderBySession(sessionId: string) {
  return getDb().order.findUnique({ where: { stripeSessionId: sessionId }, select: ORDER_VIEW });
}

/** A guest's order, only with its access token (compared in constant time); null otherwise. */
export async function getOrderForGuest(orderId: string, token: string | null | undefined) {
  if (!/^[a-z0-9]{10,40}$/.test(orderId)) return null;
  const order = await getDb().order.findUnique({ where: { id: orderId }, select: ORDER_VIEW });
  if (!order || !accessTokenMatches(order.accessToken, token)) return null;
  return order;
}
