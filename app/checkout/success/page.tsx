import type { Metadata } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { notFound } from "next/navigation";
import { OrderLines } from "@/components/cart/order-lines";
import { LATE_PAYMENT_SHOPPER_TEXT } from "@/components/cart/order-status";
import { RefreshOnce } from "@/components/cart/refresh-once";
import { RefreshWhilePending } from "@/components/cart/refresh-while-pending";
import { OrderTotals } from "@/components/checkout/order-totals";
import { ShippingSummary } from "@/components/checkout/shipping-summary";
import { ReturnsNote } from "@/components/policies/returns-note";
import { getOrderBySession } from "@/lib/checkout/get-order";
import { syncOrderFromSession } from "@/lib/checkout/sync-order-from-session";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { orderHref, STOREFRONT } from "@/lib/routes/storefront";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Thank you", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SESSION_ID = /^cs_[A-Za-z0-9_]{1,250}$/;

export default async function CheckoutSuccessPage({ searchParams }: Props) {
  const sessionId = (await searchParams).session_id;
  if (typeof sessionId !== "string" || !SESSION_ID.test(sessionId)) notFound();
  let order = await getOrderBySession(sessionId);
  if (!order) notFound();

  // The webhook may not have arrived yet: ask Stripe directly (same idempotent fulfilment). A
  // released order is asked too: if Stripe charged it anyway, the shopper must not read "nothing
  // was charged".
  if (
    order.status === "PENDING" ||
    order.status === "AWAITING_PAYMENT" ||
    (order.stockReleasedAt && !order.paidAfterReleaseAt)
  ) {
    await syncOrderFromSession({ ...order, stripeSessionId: sessionId }).catch((error: unknown) => {
      console.warn(
        `Could not check session ${sessionId} with Stripe: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    });
    // Read it again even when the sync changed nothing: the webhook may have marked it paid in
    // the meantime (the sync then finds nothing to do), and the shopper should see that now.
    order = (await getOrderBySession(sessionId)) ?? order;
  }

  const orderLink = orderHref(order);

  if (order.status === "PAID" || order.status === "SHIPPED") {
    return (
      <section className="max-w-2xl space-y-5">
        <RefreshOnce />
        <h1 className="text-3xl font-bold">Thank you: your order is confirmed</h1>
        <p>
          Order <span className="font-mono">{formatOrderNumber(order.orderNumber)}</span>.{" "}
          {order.email ? `A confirmation is on its way to ${order.email}.` : ""}
        </p>
        <OrderLines lines={order.lines} totalCents={order.totalCents} currency={order.currency} />
        <OrderTotals order={order} />
        <ShippingSummary order={order} />
        <p>
          <StoreLink href={orderLink} className="text-brand-700 underline">
            See your order
          </StoreLink>{" "}
          (keep this link private; it works without an account).
        </p>
        <ReturnsNote />
        <p className="text-sm text-muted">
          Lost the link later?{" "}
          <StoreLink href={STOREFRONT.findOrder} className="underline">
            Find your order
          </StoreLink>{" "}
          with your email address and order number.
        </p>
      </section>
    );
  }

  if (order.status === "PENDING" || order.status === "AWAITING_PAYMENT") {
    return (
      <section className="max-w-2xl space-y-5">
        <h1 className="text-3xl font-bold">
          {order.status === "PENDING" ? "We're confirming your payment" : "Your payment is processing"}
        </h1>
        <p role="status">
          {order.status === "PENDING"
            ? "Processing: this usually takes a few seconds."
            : "Your bank is still clearing the payment. Your pairs are held for you, and we'll email you as soon as it goes through."}
        </p>
        <RefreshWhilePending />
        <OrderLines lines={order.lines} totalCents={order.totalCents} currency={order.currency} />
        <p>
          <StoreLink href={orderLink} className="text-brand-700 underline">
            See your order
          </StoreLink>
        </p>
      </section>
    );
  }

  if (order.paidAfterReleaseAt) {
    return (
      <section className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">We received your payment</h1>
        <p role="status">{LATE_PAYMENT_SHOPPER_TEXT}</p>
        <OrderLines lines={order.lines} totalCents={order.totalCents} currency={order.currency} />
        <p>
          <StoreLink href={orderLink} className="text-brand-700 underline">
            See your order
          </StoreLink>{" "}
          (keep this link private).
        </p>
      </section>
    );
  }

  return (
    <section className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">This checkout didn&apos;t go through</h1>
      <p>Nothing was charged. Your cart is still here if you&apos;d like to try again.</p>
      <p>
        <StoreLink href={STOREFRONT.cart} className="text-brand-700 underline">
          Back to your cart
        </StoreLink>
      </p>
    </section>
  );
}
