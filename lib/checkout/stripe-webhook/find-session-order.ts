import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckoutSessionSnapshot } from "@/lib/checkout/stripe-webhook/parse-stripe-event";

/**
 * The order a Checkout Session belongs to, or null when it isn't ours: no order id in its
 * metadata, no such order, or the order is tied to another session (a session Stripe created
 * for an attempt we had already given up on, or another shop on the same Stripe account).
 */
export async function findSessionOrder(tx: Prisma.TransactionClient, session: CheckoutSessionSnapshot) {
  const orderId = session.metadata?.orderId ?? session.client_reference_id;
  if (!orderId) return null;
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: { id: true, status: true, stripeSessionId: true, totalCents: true, currency: true },
  });
  return order && order.stripeSessionId === session.id ? order : null;
}

/** Stripe must be charging exactly what the database priced, in the order's currency. */
export function sessionTotalsMatch(
  session: { amount_total: number | null; currency: string | null },
  order: { totalCents: number; currency: string },
): boolean {
  return session.amount_total === order.totalCents && session.currency === order.currency;
}
