import { StoreLink } from "@/components/ui/store-link";
import { SECONDARY_BUTTON_CLASS } from "@/components/admin/field";
import { filterParams, PageLinks } from "@/components/admin/page-links";
import { parseCustomerFilters } from "@/lib/admin/customers/customer-filters";
import { listCustomers } from "@/lib/admin/customers/list-customers";
import { getEnv } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { ADMIN, adminCustomerHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";
import { FilterSearchField } from "@/components/admin/filter-search-field";

export const metadata = { title: "Customers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomersPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const filters = parseCustomerFilters(await searchParams);
  const { customers, total, pageCount } = await listCustomers(actor, filters);
  const currency = getEnv().STORE_CURRENCY;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Customers</h1>
      <p>Everyone who has paid for an order, by email address, most recent order first.</p>
      <form method="get" role="search" aria-label="Search customers" className="flex flex-wrap items-end gap-3">
        <FilterSearchField label="Email" help="Part of the address is enough" value={filters.q} />
        <button type="submit" className={SECONDARY_BUTTON_CLASS}>
          Search
        </button>
      </form>
      <p aria-live="polite">
        {total === 0
          ? filters.q
            ? `No customer matches “${filters.q}”.`
            : "No customers yet."
          : `${total} ${total === 1 ? "customer" : "customers"}${filters.q ? ` matching “${filters.q}”` : ""}`}
      </p>
      {customers.length === 0 ? null : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="py-2">
                Email
              </th>
              <th scope="col">Paid orders</th>
              <th scope="col">Cancelled</th>
              <th scope="col">Spent, less refunds</th>
              <th scope="col">Returns</th>
              <th scope="col">Last order (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {customers.map((customer) => (
              <tr key={customer.email} className="border-b border-brand-50">
                <td className="py-2">
                  <StoreLink href={adminCustomerHref(customer.email)} className="text-brand-800 underline">
                    {customer.email}
                  </StoreLink>
                </td>
                <td>{customer.paidOrders}</td>
                <td>{customer.cancelledOrders}</td>
                <td>{formatMoney(customer.spentCents, currency)}</td>
                <td>{customer.returns}</td>
                <td>{customer.lastOrderAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PageLinks basePath={ADMIN.customers} params={filterParams(filters)} page={filters.page} pageCount={pageCount} />
    </div>
  );
}
