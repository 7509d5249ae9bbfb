import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orderTotalCents } from "@/lib/checkout/order-totals";
import { emailAlreadyRedeemed } from "@/lib/discounts/discount-redemption";
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
    select: {
      id: true,
      status: true,
      stripeSessionId: true,
      totalCents: true,
      currency: true,
      taxMode: true,
      shippingOptions: true,
      lines: { select: { unitPriceCents: true, quantity: true } },
      discountRedemption: { select: { discountCents: true, code: { select: { code: true, oncePerEmail: true } } } },
    },
  });
  if (!order || order.stripeSessionId !== session.id) return null;
  const { lines, discountRedemption, ...rest } = order;
  // A once-per-email code can only be checked now: the email comes from the completed session.
  const email = session.customer_details?.email ?? session.customer_email ?? null;
  const emailUsed = discountRedemption?.code.oncePerEmail ? await emailAlreadyRedeemed(tx, order.id, email) : false;
  return {
    ...rest,
    linesCents: orderTotalCents(lines),
    discountCents: discountRedemption?.discountCents ?? 0,
    discountCode: discountRedemption?.code.code ?? null,
    discountEmailUsed: emailUsed,
  };
}

export type SessionOrder = NonNullable<Awaited<ReturnType<typeof findSessionOrder>>>;
