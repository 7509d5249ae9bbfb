import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintSlipButton } from "@/components/returns/print-slip-button";
import { StoreLink } from "@/components/ui/store-link";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { getShopperReturn } from "@/lib/returns/get-shopper-return";
import { RETURN_REASON_LABELS } from "@/lib/returns/return-reasons";
import { formatReturnNumber, RETURN_STATUS_LABELS, RETURN_STATUS_NEXT_STEP } from "@/lib/returns/return-status";
import { orderHref } from "@/lib/routes/storefront";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Your return",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = {
  params: Promise<{ id: string; returnId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** Where a return stands, and its printable slip: only with the order's token. */
export default async function ReturnStatusPage({ params, searchParams }: Props) {
  const { id, returnId } = await params;
  const token = (await searchParams).token;
  const found = await getShopperReturn(id, returnId, typeof token === "string" ? token : null);
  if (!found) notFound();
  const number = formatReturnNumber(found.returnNumber);
  const steps = [
    { label: "Requested", at: found.createdAt },
    { label: "Approved", at: found.approvedAt },
    { label: "Declined", at: found.declinedAt },
    { label: "Received", at: found.receivedAt },
    { label: "Refunded", at: found.refundedAt },
    { label: "Exchange shipped", at: found.exchangeShippedAt },
  ].filter((step): step is { label: string; at: Date } => step.at !== null);
  const refunded = found.refunds.reduce((sum, refund) => sum + refund.amountCents, 0);
  return (
    <section className="max-w-2xl space-y-6">
      <div className="print-hidden space-y-3">
        <h1 className="text-3xl font-bold">Return {number}</h1>
        <p>
          For order <StoreLink href={orderHref(found.order)}>{formatOrderNumber(found.order.orderNumber)}</StoreLink>
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">Status</dt>
          <dd>{RETURN_STATUS_LABELS[found.status]}</dd>
          <dt className="font-semibold">You chose</dt>
          <dd>{found.resolution === "exchange" ? "An exchange" : "A refund"}</dd>
          {refunded > 0 && found.refunds[0] ? (
            <>
              <dt className="font-semibold">Refund</dt>
              <dd>{formatMoney(refunded, found.refunds[0].currency)}</dd>
            </>
          ) : null}
        </dl>
        <p role="status">{RETURN_STATUS_NEXT_STEP[found.status]}</p>
        {found.declineReason && found.status === "DECLINED" ? <p>Reason: {found.declineReason}</p> : null}
        {found.exchangeOrder ? (
          <p>
            Your new pair ships as order{" "}
            <StoreLink href={orderHref(found.exchangeOrder)}>
              {formatOrderNumber(found.exchangeOrder.orderNumber)}
            </StoreLink>
            .
          </p>
        ) : null}
        <h2 className="text-xl font-semibold">Progress</h2>
        <ol className="list-decimal space-y-1 pl-6">
          {steps.map((step) => (
            <li key={step.label}>
              {step.label}: {dateFormat.format(step.at)}
            </li>
          ))}
        </ol>
      </div>

      {found.status === "REQUESTED" || found.status === "APPROVED" ? (
        <div className="space-y-3">
          <div className="print-hidden flex flex-wrap items-center gap-3">
            <h2 className="text-xl font-semibold">Return slip</h2>
            <PrintSlipButton />
          </div>
          <article aria-label="Return slip" className="space-y-3 rounded border-2 border-dashed border-gray-500 p-5">
            <p className="text-2xl font-bold">Return {number}</p>
            <p>Order {formatOrderNumber(found.order.orderNumber)}</p>
            {found.order.shipName ? <p>From: {found.order.shipName}</p> : null}
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="py-1">
                    Pairs
                  </th>
                  <th scope="col" className="py-1">
                    Shoe
                  </th>
                  <th scope="col" className="py-1">
                    Reason
                  </th>
                  <th scope="col" className="py-1">
                    Instead
                  </th>
                </tr>
              </thead>
              <tbody>
                {found.lines.map((line) => (
                  <tr key={line.id} className="border-t border-gray-300">
                    <td className="py-1">{line.quantity}</td>
                    <td className="py-1">
                      {line.orderLine.productName}, {line.orderLine.sizeLabel} {line.orderLine.widthCode} (
                      {line.orderLine.sku})
                    </td>
                    <td className="py-1">{RETURN_REASON_LABELS[line.reason]}</td>
                    <td className="py-1">
                      {line.exchangeVariant
                        ? `${line.exchangeVariant.sizeLabel} ${line.exchangeVariant.widthCode}`
                        : "Refund"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div>
              <p className="font-semibold">Send to:</p>
              <address className="whitespace-pre-line not-italic">{found.returnAddress}</address>
            </div>
            <p className="text-sm">
              Put this slip inside the box, with the pairs in their original box if you still have it.
            </p>
          </article>
        </div>
      ) : null}
    </section>
  );
}
