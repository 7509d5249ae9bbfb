import { StoreLink } from "@/components/ui/store-link";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/field";
import { filterParams, PageLinks } from "@/components/admin/page-links";
import { ReturnStatusTabs } from "@/components/admin/return-status-tabs";
import { listReturns } from "@/lib/admin/returns/list-returns";
import { parseReturnFilters } from "@/lib/admin/returns/return-filters";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { RETURN_REASON_LABELS, RETURN_REASONS } from "@/lib/returns/return-reasons";
import { formatReturnNumber, RETURN_STATUS_LABELS } from "@/lib/returns/return-status";
import { ADMIN, adminOrderHref, adminReturnHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";
import { FilterSearchField } from "@/components/admin/filter-search-field";

export const metadata = { title: "Returns" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const RESOLUTION_LABELS = { refund: "Refund", exchange: "Exchange" } as const;

export default async function ReturnsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const filters = parseReturnFilters(await searchParams);
  const { returns, total, pageCount, counts } = await listReturns(actor, filters);
  const others = filterParams({ ...filters, status: "" });
  const filtered = Boolean(filters.q || filters.resolution || filters.reason);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Returns</h1>
      <ReturnStatusTabs current={filters.status} counts={counts} params={others} />
      <form method="get" role="search" aria-label="Filter returns" className="grid items-end gap-3 sm:grid-cols-4">
        {/* Searching keeps the status tab the staff member is on. */}
        <input type="hidden" name="status" value={filters.status} />
        <div>
          <label htmlFor="resolution" className="block font-semibold">
            Resolution
          </label>
          <select id="resolution" name="resolution" defaultValue={filters.resolution} className={INPUT_CLASS}>
            <option value="">Any</option>
            <option value="refund">Refund</option>
            <option value="exchange">Exchange</option>
          </select>
        </div>
        <div>
          <label htmlFor="reason" className="block font-semibold">
            Reason
          </label>
          <select id="reason" name="reason" defaultValue={filters.reason} className={INPUT_CLASS}>
            <option value="">Any</option>
            {RETURN_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {RETURN_REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </div>
        <FilterSearchField help="Return number (R-1001), order number (SS-1042) or email" value={filters.q} />
        <button type="submit" className={SECONDARY_BUTTON_CLASS}>
          Filter
        </button>
      </form>
      <p aria-live="polite">
        {total} {total === 1 ? "return" : "returns"}
        {filters.q ? ` matching “${filters.q}”` : ""}
      </p>
      {returns.length === 0 ? (
        <p>
          {filtered || filters.status !== "open"
            ? "No returns match these filters."
            : "No open returns: nothing is waiting for review, on its way back or waiting to be finished."}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <thead>
              <tr className="border-b border-brand-100">
                <th scope="col" className="py-2">
                  Return
                </th>
                <th scope="col">Order</th>
                <th scope="col">Email</th>
                <th scope="col">Pairs</th>
                <th scope="col">Reasons</th>
                <th scope="col">Resolution</th>
                <th scope="col">Status</th>
                <th scope="col">Requested (UTC)</th>
                <th scope="col">Refund</th>
              </tr>
            </thead>
            <tbody>
              {returns.map((row) => (
                <tr key={row.id} className="border-b border-brand-50">
                  <td className="py-2">
                    <StoreLink href={adminReturnHref(row.id)} className="text-brand-800 underline">
                      {formatReturnNumber(row.returnNumber)}
                    </StoreLink>
                  </td>
                  <td>
                    <StoreLink href={adminOrderHref(row.order.id)} className="text-brand-800 underline">
                      {formatOrderNumber(row.order.orderNumber)}
                    </StoreLink>
                  </td>
                  <td className="break-all">{row.order.email ?? "—"}</td>
                  <td>{row.pairs}</td>
                  <td>{row.reasons.map((reason) => RETURN_REASON_LABELS[reason]).join(", ")}</td>
                  <td>{RESOLUTION_LABELS[row.resolution]}</td>
                  <td>{RETURN_STATUS_LABELS[row.status]}</td>
                  <td>{row.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td>{row.refundStatus ? row.refundStatus.replace("_", " ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageLinks basePath={ADMIN.returns} params={filterParams(filters)} page={filters.page} pageCount={pageCount} />
    </div>
  );
}
