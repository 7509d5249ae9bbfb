import { notFound } from "next/navigation";
import { PrintButton } from "@/components/admin/print-button";
import { StoreLink } from "@/components/ui/store-link";
import { getAdminOrder } from "@/lib/admin/orders/get-order";
import { addressLines, shippingMethodText } from "@/lib/orders/order-breakdown";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { adminOrderHref } from "@/lib/routes/admin";
import { storeName } from "@/lib/site";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Packing slip" };

type Props = { params: Promise<{ id: string }> };

const day = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * What goes in the box: the address, the pairs by SKU, size and width, and no prices (a gift
 * shouldn't show them). Printed from the browser; the print stylesheet leaves out the site's
 * header, footer and the admin navigation.
 */
export default async function PackingSlipPage({ params }: Props) {
  const actor = await requireStaff();
  const order = await getAdminOrder(actor, (await params).id);
  if (!order) notFound();
  const address = addressLines(order);
  const method = shippingMethodText(order);
  const pairs = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <article className="mx-auto max-w-2xl space-y-6">
      <p className="print-hidden flex gap-4 items-center">
        <StoreLink href={adminOrderHref(order.id)} className="text-brand-800 underline">
          Back to the order
        </StoreLink>
        <PrintButton label="Print packing slip" />
      </p>
      <header className="flex justify-between gap-4 border-b border-gray-400 pb-3">
        <div>
          <p className="text-lg font-bold">{storeName()}</p>
          <h1 className="text-2xl font-bold">Packing slip</h1>
        </div>
        <dl className="text-right">
          <dt className="sr-only">Order</dt>
          <dd className="text-xl font-bold">{formatOrderNumber(order.orderNumber)}</dd>
          <dt className="sr-only">Placed</dt>
          <dd>{day.format(order.createdAt)}</dd>
        </dl>
      </header>
      <section aria-labelledby="ship-to" className="space-y-1">
        <h2 id="ship-to" className="font-semibold">
          Ship to
        </h2>
        {address.length > 0 ? (
          <address className="not-italic text-lg">
            {address.map((line, index) => (
              <span key={index} className="block">
                {line}
              </span>
            ))}
          </address>
        ) : (
          <p role="alert">
            No address yet: it comes from the shopper&apos;s completed payment. Don&apos;t ship this order.
          </p>
        )}
        {order.phone ? <p>Phone: {order.phone}</p> : null}
        {method ? <p>Method: {method}</p> : null}
      </section>
      <table className="w-full text-left">
        <caption className="sr-only">Pairs in this order</caption>
        <thead>
          <tr className="border-b border-gray-400">
            <th scope="col" className="py-1">
              Shoe
            </th>
            <th scope="col">Size and width</th>
            <th scope="col">SKU</th>
            <th scope="col" className="text-right">
              Qty
            </th>
            <th scope="col" className="text-center">
              Packed
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id} className="border-b border-gray-200">
              <td className="py-2">{line.productName}</td>
              <td>
                {line.sizeLabel} {line.widthCode}
              </td>
              <td className="font-mono">{line.sku}</td>
              <td className="text-right">{line.quantity}</td>
              <td className="text-center" aria-label="Tick when packed">
                ☐
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3} className="py-2 text-right">
              Pairs
            </th>
            <td className="text-right font-bold">{pairs}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="text-sm">
        Thank you for your order. If a pair doesn&apos;t fit, the order page (from your confirmation email) explains
        returns and exchanges.
      </p>
    </article>
  );
}
