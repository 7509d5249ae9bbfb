import { StoreLink } from "@/components/ui/store-link";
import type { ReturnStatusCounts } from "@/lib/admin/returns/list-returns";
import { RETURN_STATUS_FILTERS, type ReturnStatusFilter } from "@/lib/admin/returns/return-filters";
import { RETURN_STATUS_LABELS } from "@/lib/returns/return-status";
import { ADMIN } from "@/lib/routes/admin";
import { withQuery } from "@/lib/routes/with-query";

const TAB_LABELS: Record<ReturnStatusFilter, string> = {
  open: "Open",
  any: "All",
  ...RETURN_STATUS_LABELS,
};

/**
 * The queue's status filter as links with their counts, keeping the other filters: one click to
 * another status, and the numbers say where the work is.
 */
export function ReturnStatusTabs({
  current,
  counts,
  params,
}: {
  current: ReturnStatusFilter;
  counts: ReturnStatusCounts;
  /** The other filters, as the page's links carry them (no status, no page). */
  params: Record<string, string>;
}) {
  return (
    <nav aria-label="Return status">
      <ul className="flex flex-wrap gap-2">
        {RETURN_STATUS_FILTERS.map((status) => (
          <li key={status}>
            <StoreLink
              href={withQuery(ADMIN.returns, { ...params, status })}
              aria-current={status === current ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 ${
                status === current
                  ? "border-brand-800 bg-brand-800 text-white"
                  : "border-brand-100 text-brand-800 hover:bg-brand-50"
              }`}
            >
              {TAB_LABELS[status]} ({counts[status]})
            </StoreLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
