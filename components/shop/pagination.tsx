import { listingHref, type ListingQuery } from "@/lib/catalog/listing-query";

export function Pagination({
  basePath,
  query,
  pageCount,
}: {
  basePath: string;
  query: ListingQuery;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const page = Math.min(query.page, pageCount);
  return (
    <nav aria-label="Pages" className="mt-8 flex items-center justify-center gap-4">
      {page > 1 ? (
        <a href={listingHref(basePath, { ...query, page: page - 1 })} className="underline" rel="prev">
          Previous page
        </a>
      ) : null}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={listingHref(basePath, { ...query, page: page + 1 })} className="underline" rel="next">
          Next page
        </a>
      ) : null}
    </nav>
  );
}
