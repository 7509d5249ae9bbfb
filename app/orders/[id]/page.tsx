import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrderLines } from "@/components/cart/order-lines";
import { OrderTotals } from "@/components/checkout/order-totals";
import { ShippingSummary } from "@/components/checkout/shipping-summary";
import { ShipmentDetails } from "@/components/orders/shipment-details";
import { PolicyLinks } from "@/components/policies/policy-links";
import { ReturnsNote } from "@/components/policies/returns-note";
import { LATE_PAYMENT_SHOPPER_TEXT, shopperOrderStatus } from "@/components/cart/order-status";
import { OrderReturns } from "@/components/returns/order-returns";
import { getOrderForGuest } from "@/lib/checkout/get-order";
import { getReturnOptions } from "@/lib/returns/get-return-options";
import { listOrderReturns } from "@/lib/returns/get-shopper-return";
import { formatOrderNumber } from "@/lib/orders/order-number";

export const dynamic = "force-dynamic";
// The token is in the URL: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = {
  title: "Your order",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** A guest's order, shown only with the unguessable token from the confirmation; 404 otherwise (no hint which part was wrong). */
export default async function OrderPage({ params, searchParams }: Props) {
  const token = (await searchParams).token;
  const order = await getOrderForGuest((await params).id, typeof token === "string" ? token : null);
  if (!order) notFound();
  const [returns, returnOptions] = await Promise.all([
    listOrderReturns(order.id),
    getReturnOptions(order.id, order.accessToken),
  ]);
  return (
    <section className="max-w-2xl space-y-5">
      <h1 className="text-3xl font-bold">Order {formatOrderNumber(order.orderNumber)}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Status</dt>
        <dd>{shopperOrderStatus(order)}</dd>
        <dt className="font-semibold">Placed</dt>
        <dd>{dateFormat.format(order.createdAt)} UTC</dd>
        {order.paidAt ? (
          <>
            <dt className="font-semibold">Paid</dt>
            <dd>{dateFormat.format(order.paidAt)} UTC</dd>
          </>
        ) : null}
        {order.shippedAt ? (
          <>
            <dt className="font-semibold">Shipped</dt>
            <dd>{dateFormat.format(order.shippedAt)} UTC</dd>
          </>
        ) : null}
        {order.shippedAt ? <ShipmentDetails shipment={order} /> : null}
        {order.email ? (
          <>
            <dt className="font-semibold">Email</dt>
            <dd>{order.email}</dd>
          </>
        ) : null}
      </dl>
      {order.paidAfterReleaseAt ? <p role="status">{LATE_PAYMENT_SHOPPER_TEXT}</p> : null}
      <OrderLines lines={order.lines} totalCents={order.totalCents} currency={order.currency} />
      <OrderTotals order={order} />
      <ShippingSummary order={order} />
      <OrderReturns
        order={order}
        returns={returns}
        closedBecause={returnOptions?.closedBecause ?? null}
        shipped={order.status === "SHIPPED"}
      />
      <ReturnsNote />
      <PolicyLinks />
    </section>
  );
}
