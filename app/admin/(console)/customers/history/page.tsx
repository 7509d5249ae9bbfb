import { notFound } from "next/navigation";
import { StoreLink } from "@/components/ui/store-link";
import { getCustomer } from "@/lib/admin/customers/get-customer";
import { parseCustomerEmail } from "@/lib/admin/customers/customer-filters";
import { getEnv } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { formatReturnNumber, RETURN_STATUS_LABELS } from "@/lib/returns/return-status";
import { ADMIN, adminOrderHref, adminReturnHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

// The email stays out of the title: titles end up in browser history and shared screenshots' tabs.
export const metadata = { title: "Customer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const when = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

export default async function CustomerPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const email = parseCustomerEmail(await searchParams);
  const customer = email ? await getCustomer(actor, email) : null;
  if (!customer) notFound();
  const { summary } = customer;
  const currency = getEnv().STORE_CURRENCY;
  return (
    <div className="space-y-6">
      <p>
        <StoreLink href={ADMIN.customers} className="text-brand-800 underline">
          All customers
        </StoreLink>
      </p>
      <h1 className="text-2xl font-bold break-all">{customer.email}</h1>
      {summary ? (
        <p>
          {summary.paidOrders} paid {summary.paidOrders === 1 ? "order" : "orders"} · {summary.cancelledOrders}{" "}
          cancelled · {formatMoney(summary.spentCents, currency)} spent, less refunds · {summary.returns}{" "}
          {summary.returns === 1 ? "return" : "returns"} · last order {when(summary.lastOrderAt)} UTC
        </p>
      ) : (
        <p>No order with this email has been paid for.</p>
      )}
      <section aria-labelledby="orders" className="space-y-2">
        <h2 id="orders" className="text-xl font-semibold">
          Orders
        </h2>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="py-2">
                Order
              </th>
              <th scope="col">Placed (UTC)</th>
              <th scope="col">Status</th>
              <th scope="col">Lines</th>
              <th scope="col">Total</th>
              <th scope="col">Refunded</th>
            </tr>
          </thead>
          <tbody>
            {customer.orders.map((order) => (
              <tr key={order.id} className="border-b border-brand-50">
                <td className="py-2">
                  <StoreLink href={adminOrderHref(order.id)} className="text-brand-800 underline">
                    {formatOrderNumber(order.orderNumber)}
                  </StoreLink>
                  {order.exchangeFor ? <span className="ml-1 text-muted">(exchange)</span> : null}
                </td>
                <td>{when(order.createdAt)}</td>
                <td>{order.status.replace("_", " ").toLowerCase()}</td>
                <td>{order._count.lines}</td>
                <td>{formatMoney(order.totalCents, order.currency)}</td>
                <td>{order.refundedCents > 0 ? formatMoney(order.refundedCents, order.currency) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="returns" className="space-y-2">
        <h2 id="returns" className="text-xl font-semibold">
          Returns
        </h2>
        {customer.returns.length === 0 ? (
          <p>No returns.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-brand-100">
                <th scope="col" className="py-2">
                  Return
                </th>
                <th scope="col">Requested (UTC)</th>
                <th scope="col">Order</th>
                <th scope="col">For</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {customer.returns.map((request) => (
                <tr key={request.id} className="border-b border-brand-50">
                  <td className="py-2">
                    <StoreLink href={adminReturnHref(request.id)} className="text-brand-800 underline">
                      {formatReturnNumber(request.returnNumber)}
                    </StoreLink>
                  </td>
                  <td>{when(request.createdAt)}</td>
                  <td>
                    <StoreLink href={adminOrderHref(request.order.id)} className="text-brand-800 underline">
                      {formatOrderNumber(request.order.orderNumber)}
                    </StoreLink>
                  </td>
                  <td>{request.resolution === "refund" ? "Refund" : "Exchange"}</td>
                  <td>{RETURN_STATUS_LABELS[request.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
