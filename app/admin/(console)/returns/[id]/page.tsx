import { notFound } from "next/navigation";
import { StoreLink } from "@/components/ui/store-link";
import { ReturnApproveButton } from "@/components/admin/return-approve-button";
import { ReturnDeclineForm } from "@/components/admin/return-decline-form";
import { ReturnReceiveForm } from "@/components/admin/return-receive-form";
import { ReturnRefundButton } from "@/components/admin/return-refund-button";
import { ReturnRefundsTable } from "@/components/admin/return-refunds-table";
import { getAdminReturn, type AdminReturn } from "@/lib/admin/returns/get-return";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { RETURN_REASON_LABELS } from "@/lib/returns/return-reasons";
import { formatReturnNumber, RETURN_STATUS_LABELS } from "@/lib/returns/return-status";
import { ADMIN, adminAuditHref, adminOrderHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Return" };

type Props = { params: Promise<{ id: string }> };

const when = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—");

const size = (variant: { sizeLabel: string; widthCode: string }) => `${variant.sizeLabel} ${variant.widthCode}`;

export default async function ReturnPage({ params }: Props) {
  const actor = await requireStaff();
  const found = await getAdminReturn(actor, (await params).id);
  if (!found) notFound();
  const orderNumber = formatOrderNumber(found.order.orderNumber);
  return (
    <div className="space-y-8">
      <p>
        <StoreLink href={ADMIN.returns} className="text-brand-800 underline">
          All returns
        </StoreLink>
      </p>
      <h1 className="text-2xl font-bold">Return {formatReturnNumber(found.returnNumber)}</h1>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Order</dt>
        <dd>
          <StoreLink href={adminOrderHref(found.order.id)} className="text-brand-800 underline">
            {orderNumber}
          </StoreLink>
        </dd>
        <dt className="font-semibold">Email</dt>
        <dd className="break-all">{found.order.email ?? "—"}</dd>
        <dt className="font-semibold">Resolution</dt>
        <dd>{found.resolution === "refund" ? "Refund" : "Exchange for another size or width"}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{RETURN_STATUS_LABELS[found.status]}</dd>
        {found.declineReason ? (
          <>
            <dt className="font-semibold">Why it was declined</dt>
            <dd className="whitespace-pre-wrap">{found.declineReason}</dd>
          </>
        ) : null}
        {found.exchangeOrder ? (
          <>
            <dt className="font-semibold">Exchange order</dt>
            <dd>
              <StoreLink href={adminOrderHref(found.exchangeOrder.id)} className="text-brand-800 underline">
                {formatOrderNumber(found.exchangeOrder.orderNumber)}
              </StoreLink>{" "}
              ({found.exchangeOrder.status.replace("_", " ").toLowerCase()})
            </dd>
          </>
        ) : null}
      </dl>
      <Timeline found={found} />
      <section aria-labelledby="pairs" className="space-y-2">
        <h2 id="pairs" className="text-xl font-semibold">
          Pairs coming back
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead>
              <tr className="border-b border-brand-100">
                <th scope="col" className="py-2">
                  Shoe
                </th>
                <th scope="col">Size bought</th>
                <th scope="col">SKU</th>
                <th scope="col">Qty</th>
                <th scope="col">Reason</th>
                {found.resolution === "exchange" ? <th scope="col">Exchange for</th> : null}
                {found.receivedAt ? <th scope="col">Sellable again</th> : null}
              </tr>
            </thead>
            <tbody>
              {found.lines.map((line) => (
                <tr key={line.id} className="border-b border-brand-50">
                  <td className="py-2">{line.orderLine.productName}</td>
                  <td>{size(line.orderLine)}</td>
                  <td>{line.orderLine.sku}</td>
                  <td>{line.quantity}</td>
                  <td>{RETURN_REASON_LABELS[line.reason]}</td>
                  {found.resolution === "exchange" ? (
                    <td>{line.exchangeVariant ? size(line.exchangeVariant) : "— (size no longer sold)"}</td>
                  ) : null}
                  {found.receivedAt ? <td>{line.resellableQuantity ?? "—"}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="comment" className="space-y-2">
        <h2 id="comment" className="text-xl font-semibold">
          Shopper&apos;s comment (only staff see this)
        </h2>
        {found.comment ? (
          <p className="whitespace-pre-wrap rounded border border-brand-100 p-3">{found.comment}</p>
        ) : (
          <p>No comment.</p>
        )}
      </section>
      <NextStep found={found} />
      <section aria-labelledby="refunds" className="space-y-2">
        <h2 id="refunds" className="text-xl font-semibold">
          Refunds
        </h2>
        {found.refunds.length > 0 ? <ReturnRefundsTable refunds={found.refunds} /> : <p>No refunds yet.</p>}
      </section>
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-xl font-semibold">
          Staff history
        </h2>
        <ul className="text-sm">
          {found.history.map((entry) => (
            <li key={entry.id}>
              {when(entry.createdAt)}: {entry.action} by {entry.actor?.email ?? "a removed account"}
            </li>
          ))}
          {found.history.length === 0 ? <li>Nothing yet.</li> : null}
        </ul>
        {actor.role === "owner" ? (
          <p className="text-sm">
            <StoreLink href={adminAuditHref({ entityId: found.id })} className="text-brand-800 underline">
              Its entries in the audit log
            </StoreLink>
          </p>
        ) : null}
      </section>
    </div>
  );
}

function Timeline({ found }: { found: AdminReturn }) {
  const steps = [
    { label: "Requested", at: found.createdAt },
    { label: "Approved", at: found.approvedAt },
    { label: "Declined", at: found.declinedAt },
    { label: "Received", at: found.receivedAt },
    { label: "Refunded", at: found.refundedAt },
    { label: "Exchange shipped", at: found.exchangeShippedAt },
  ].filter((step) => step.at !== null);
  return (
    <section aria-labelledby="timeline" className="space-y-2">
      <h2 id="timeline" className="text-xl font-semibold">
        Timeline
      </h2>
      <ol className="space-y-1">
        {steps.map((step) => (
          <li key={step.label}>
            <span className="font-semibold">{step.label}</span> {when(step.at)}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The buttons that fit the return's state, and nothing when it is finished. */
function NextStep({ found }: { found: AdminReturn }) {
  const open = found.status === "REQUESTED" || found.status === "APPROVED";
  const refundable = found.status === "RECEIVED" && found.resolution === "refund";
  const exchangeToShip = found.status === "RECEIVED" && found.resolution === "exchange";
  if (!open && !refundable && !exchangeToShip) return null;
  return (
    <section aria-labelledby="next" className="space-y-6">
      <h2 id="next" className="text-xl font-semibold">
        Next step
      </h2>
      {found.status === "REQUESTED" ? <ReturnApproveButton returnId={found.id} /> : null}
      {open ? (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">The parcel has arrived</h3>
          <ReturnReceiveForm
            returnId={found.id}
            lines={found.lines.map((line) => ({
              id: line.id,
              label: `${line.orderLine.productName}, ${size(line.orderLine)}`,
              quantity: line.quantity,
            }))}
          />
        </div>
      ) : null}
      {open ? (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">Decline</h3>
          <ReturnDeclineForm returnId={found.id} />
        </div>
      ) : null}
      {refundable ? <ReturnRefundButton returnId={found.id} /> : null}
      {exchangeToShip ? (
        found.exchangeOrder ? (
          <p>
            Ship the new pairs from{" "}
            <StoreLink href={adminOrderHref(found.exchangeOrder.id)} className="text-brand-800 underline">
              the exchange&apos;s order {formatOrderNumber(found.exchangeOrder.orderNumber)}
            </StoreLink>
            .
          </p>
        ) : (
          <p>This exchange has no order to ship its new pairs. Check the staff history.</p>
        )
      ) : null}
    </section>
  );
}
