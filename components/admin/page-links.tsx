import type { Route } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { withQuery } from "@/lib/routes/with-query";

/** Previous/next links that keep the current filters. */
export function PageLinks({
  basePath,
  params,
  page,
  pageCount,
}: {
  basePath: Route;
  params: Record<string, string>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => withQuery(basePath, { ...params, page: String(target) });
  return (
    <nav aria-label="Pages" className="flex items-center gap-4">
      {page > 1 ? (
        <StoreLink href={href(page - 1)} className="text-brand-800 underline">
          Previous page
        </StoreLink>
      ) : null}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <StoreLink href={href(page + 1)} className="text-brand-800 underline">
          Next page
        </StoreLink>
      ) : null}
    </nav>
  );
}

/** Filters as plain strings, dropping empty ones and the page number. */
export function filterParams(filters: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([key, value]) => key !== "page" && value !== "" && value !== "all")
      .map(([key, value]) => [key, String(value)]),
  );
}
