import { StoreLink } from "@/components/ui/store-link";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/field";
import { filterParams, PageLinks } from "@/components/admin/page-links";
import { listOrders } from "@/lib/admin/orders/list-orders";
import { LATE_PAYMENT_NEXT_STEP } from "@/lib/admin/orders/late-payment";
import { ORDER_STATUSES, parseOrderFilters } from "@/lib/admin/orders/order-filters";
import { TOTAL_MISMATCH_NEXT_STEP } from "@/lib/admin/orders/total-mismatch";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { ADMIN, adminOrderHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";
import { FilterSearchField } from "@/components/admin/filter-search-field";

export const metadata = { title: "Orders" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrdersPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const filters = parseOrderFilters(await searchParams);
  const { orders, total, pageCount } = await listOrders(actor, filters);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Orders</h1>
      <form method="get" role="search" aria-label="Filter orders" className="grid gap-3 sm:grid-cols-5 items-end">
        <div>
          <label htmlFor="status" className="block font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={filters.status} className={INPUT_CLASS}>
            <option value="">Any</option>
            {ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status.replace("_", " ").toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        <FilterSearchField help="Order number, email, name or SKU" value={filters.q} />
        <div>
          <label htmlFor="from" className="block font-semibold">
            From (UTC)
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from} className={INPUT_CLASS} />
        </div>
        <div>
          <label htmlFor="to" className="block font-semibold">
            To (UTC)
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to} className={INPUT_CLASS} />
        </div>
        <button type="submit" className={SECONDARY_BUTTON_CLASS}>
          Filter
        </button>
      </form>
      <p aria-live="polite">
        {total} {total === 1 ? "order" : "orders"}
        {filters.q ? ` matching “${filters.q}”` : ""}
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Order
            </th>
            <th scope="col">Placed (UTC)</th>
            <th scope="col">Customer</th>
            <th scope="col">Status</th>
            <th scope="col">Lines</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id} className="border-b border-brand-50">
              <td className="py-2">
                <StoreLink href={adminOrderHref(order.id)} className="text-brand-800 underline">
                  {formatOrderNumber(order.orderNumber)}
                </StoreLink>
              </td>
              <td>{order.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              <td>
                {order.shipName ? <span className="block">{order.shipName}</span> : null}
                {order.email ?? "—"}
              </td>
              <td>
                {order.status.replace("_", " ").toLowerCase()}
                {order.paidAfterReleaseAt ? (
                  <strong className="block text-red-800">{LATE_PAYMENT_NEXT_STEP}</strong>
                ) : null}
                {order.totalMismatchAt ? (
                  <strong className="block text-red-800">{TOTAL_MISMATCH_NEXT_STEP}</strong>
                ) : null}
              </td>
              <td>{order._count.lines}</td>
              <td>{formatMoney(order.totalCents, order.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PageLinks basePath={ADMIN.orders} params={filterParams(filters)} page={filters.page} pageCount={pageCount} />
    </div>
  );
}
