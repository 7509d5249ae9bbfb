import { StoreLink } from "@/components/ui/store-link";
import { notFound } from "next/navigation";
import { CancelOrderButton, type CancellableOrder } from "@/components/admin/cancel-order-button";
import { OrderNoteForm } from "@/components/admin/order-note-form";
import { ReturnRefundsTable } from "@/components/admin/return-refunds-table";
import { ShipOrderForm } from "@/components/admin/ship-order-form";
import { OrderTotals } from "@/components/checkout/order-totals";
import { ShipmentDetails } from "@/components/orders/shipment-details";
import { ShippingSummary } from "@/components/checkout/shipping-summary";
import { getAdminOrder } from "@/lib/admin/orders/get-order";
import { LATE_PAYMENT_NEXT_STEP } from "@/lib/admin/orders/late-payment";
import { TOTAL_MISMATCH_NEXT_STEP } from "@/lib/admin/orders/total-mismatch";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { formatReturnNumber, RETURN_STATUS_LABELS } from "@/lib/returns/return-status";
import { ADMIN, adminOrderHref, adminPackingSlipHref, adminReturnHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Order" };

type Props = { params: Promise<{ id: string }> };

const when = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—");

/**
 * Which cancel button the order gets, if any: unpaid orders, and paid ones still in the shipping
 * queue (refunded). A paid order whose stock already went back on sale (paid after release) is
 * staff's to sort out by hand, and an exchange's order finishes its return by shipping, so
 * neither gets one.
 */
function cancellable(order: {
  status: string;
  shippedAt: Date | null;
  stockReleasedAt: Date | null;
  totalCents: number;
  exchangeFor: unknown;
}): CancellableOrder | null {
  if (order.status === "PENDING") return "unpaid";
  if (order.status !== "PAID" || order.shippedAt || order.stockReleasedAt || order.exchangeFor) return null;
  return order.totalCents > 0 ? "paid" : "no-charge";
}

export default async function OrderPage({ params }: Props) {
  const actor = await requireStaff();
  const order = await getAdminOrder(actor, (await params).id);
  if (!order) notFound();
  const cancelKind = cancellable(order);
  // Stripe's amount_refunded counts pending refunds as well as succeeded ones.
  const succeededCents = order.refunds
    .filter(
      (refund) => refund.status === "succeeded" || refund.status === "pending" || refund.status === "requires_action",
    )
    .reduce((sum, refund) => sum + refund.amountCents, 0);
  return (
    <div className="space-y-8">
      <p>
        <StoreLink href={ADMIN.orders} className="text-brand-800 underline">
          All orders
        </StoreLink>
      </p>
      <h1 className="text-2xl font-bold">Order {formatOrderNumber(order.orderNumber)}</h1>
      {order.exchangeFor ? (
        <p className="font-semibold">
          Exchange for return{" "}
          <StoreLink href={adminReturnHref(order.exchangeFor.id)} className="text-brand-800 underline">
            {formatReturnNumber(order.exchangeFor.returnNumber)}
          </StoreLink>{" "}
          of order{" "}
          <StoreLink href={adminOrderHref(order.exchangeFor.order.id)} className="text-brand-800 underline">
            {formatOrderNumber(order.exchangeFor.order.orderNumber)}
          </StoreLink>{" "}
          — no charge
        </p>
      ) : null}
      {order.totalMismatchAt ? (
        <p role="alert" className="rounded border-2 border-red-800 p-3 font-semibold text-red-800">
          {TOTAL_MISMATCH_NEXT_STEP} Stripe charged{" "}
          {order.chargedTotalCents === null
            ? "an unknown amount"
            : formatMoney(order.chargedTotalCents, order.currency)}
          ; the store&apos;s total is {formatMoney(order.totalCents, order.currency)} plus any shipping and tax (flagged{" "}
          {when(order.totalMismatchAt)}).
        </p>
      ) : null}
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Reference</dt>
        <dd className="break-all font-mono text-sm">{order.id}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{order.status.replace("_", " ").toLowerCase()}</dd>
        <dt className="font-semibold">Email</dt>
        <dd>{order.email ?? "—"}</dd>
        <dt className="font-semibold">Placed</dt>
        <dd>{when(order.createdAt)}</dd>
        <dt className="font-semibold">Paid</dt>
        <dd>{when(order.paidAt)}</dd>
        <dt className="font-semibold">Shipped</dt>
        <dd>{when(order.shippedAt)}</dd>
        {order.shippedAt ? <ShipmentDetails shipment={order} /> : null}
        <dt className="font-semibold">Stock returned</dt>
        <dd>{when(order.stockReleasedAt)}</dd>
        {order.paidAfterReleaseAt ? (
          <>
            <dt className="font-semibold text-red-800">Paid after release</dt>
            <dd className="font-semibold text-red-800">
              {when(order.paidAfterReleaseAt)}: {LATE_PAYMENT_NEXT_STEP}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">Stripe Checkout Session</dt>
        <dd className="break-all">{order.stripeSessionId ?? "—"}</dd>
        <dt className="font-semibold">Stripe PaymentIntent</dt>
        <dd className="break-all">{order.stripePaymentIntentId ?? "—"}</dd>
      </dl>
      <section aria-labelledby="lines" className="space-y-2">
        <h2 id="lines" className="text-xl font-semibold">
          Lines
        </h2>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="py-2">
                Shoe
              </th>
              <th scope="col">Size</th>
              <th scope="col">SKU</th>
              <th scope="col">Qty</th>
              <th scope="col">Each</th>
              <th scope="col">Line total</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id} className="border-b border-brand-50">
                <td className="py-2">{line.productName}</td>
                <td>
                  {line.sizeLabel} {line.widthCode}
                </td>
                <td>{line.sku}</td>
                <td>{line.quantity}</td>
                <td>{formatMoney(line.unitPriceCents, order.currency)}</td>
                <td>{formatMoney(line.unitPriceCents * line.quantity, order.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="max-w-md">
          <OrderTotals order={order} />
        </div>
      </section>
      <section aria-labelledby="delivery" className="space-y-2">
        <h2 id="delivery" className="text-xl font-semibold">
          Delivery
        </h2>
        {order.shipLine1 || order.shippingRateName ? (
          <ShippingSummary order={order} showPhone />
        ) : (
          <p>No address yet: it comes from the shopper&apos;s completed payment.</p>
        )}
        <p>
          <StoreLink href={adminPackingSlipHref(order.id)} className="text-brand-800 underline">
            Packing slip
          </StoreLink>{" "}
          (to print and put in the box)
        </p>
      </section>
      <section aria-labelledby="returns" className="space-y-2">
        <h2 id="returns" className="text-xl font-semibold">
          Returns
        </h2>
        {order.returns.length > 0 ? (
          <ul className="space-y-1">
            {order.returns.map((entry) => {
              const pairs = entry.lines.reduce((sum, line) => sum + line.quantity, 0);
              return (
                <li key={entry.id}>
                  <StoreLink href={adminReturnHref(entry.id)} className="text-brand-800 underline">
                    {formatReturnNumber(entry.returnNumber)}
                  </StoreLink>
                  : {RETURN_STATUS_LABELS[entry.status]}, {pairs} {pairs === 1 ? "pair" : "pairs"} for{" "}
                  {entry.resolution === "refund" ? "a refund" : "an exchange"}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>No returns.</p>
        )}
      </section>
      <section aria-labelledby="refunds" className="space-y-2">
        <h2 id="refunds" className="text-xl font-semibold">
          Refunds
        </h2>
        {order.refunds.length > 0 ? <ReturnRefundsTable refunds={order.refunds} /> : <p>No refunds.</p>}
        {order.stripeRefundedCents !== null ? (
          <p>
            Stripe reports {formatMoney(order.stripeRefundedCents, order.currency)} refunded in all.
            {order.stripeRefundedCents !== succeededCents ? (
              <strong className="block text-red-800">
                That differs from the {formatMoney(succeededCents, order.currency)} the store&apos;s own refunds came
                to: refunded outside the store? Check the payment in the Stripe Dashboard.
              </strong>
            ) : null}
          </p>
        ) : null}
      </section>
      {order.status === "PAID" ? (
        <section aria-labelledby="ship" className="space-y-2">
          <h2 id="ship" className="text-xl font-semibold">
            Ship
          </h2>
          <ShipOrderForm orderId={order.id} />
        </section>
      ) : null}
      {cancelKind ? (
        <section aria-labelledby="cancel" className="space-y-2">
          <h2 id="cancel" className="text-xl font-semibold">
            Cancel
          </h2>
          <CancelOrderButton orderId={order.id} kind={cancelKind} />
        </section>
      ) : null}
      <section aria-labelledby="notes" className="space-y-2">
        <h2 id="notes" className="text-xl font-semibold">
          Notes
        </h2>
        {order.notes.length > 0 ? (
          <ol className="space-y-2">
            {order.notes.map((note) => (
              <li key={note.id} className="rounded border border-brand-100 p-3">
                <p className="whitespace-pre-wrap">{note.body}</p>
                <p className="text-sm text-muted">
                  {note.author.email}, {when(note.createdAt)}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p>No notes yet.</p>
        )}
        <OrderNoteForm orderId={order.id} />
      </section>
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-xl font-semibold">
          Payment events and emails
        </h2>
        <ul className="text-sm">
          {order.events.map((event) => (
            <li key={event.id}>
              {when(event.receivedAt)}: {event.type} ({event.id})
            </li>
          ))}
          {order.emails.map((email) => (
            <li key={email.id}>
              {when(email.createdAt)}: email “{email.kind}” to {email.to}, {email.status.toLowerCase()}
              {email.sentAt ? ` ${when(email.sentAt)}` : ""}
            </li>
          ))}
          {order.events.length + order.emails.length === 0 ? <li>None yet.</li> : null}
        </ul>
      </section>
    </div>
  );
}
