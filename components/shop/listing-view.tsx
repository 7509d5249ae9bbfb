import { FACET_KEYS, listingHref, type ListingQuery } from "@/lib/catalog/listing-query";
import type { CatalogPage } from "@/lib/catalog/search-catalog";
import { STOREFRONT } from "@/lib/routes/storefront";
import { FACET_TITLES, facetValueLabel } from "./facet-labels";
import { FacetFilters } from "./facet-filters";
import { Pagination } from "./pagination";
import { ProductCard } from "./product-card";
import { SortForm } from "./sort-form";

type Props = { basePath: string; query: ListingQuery; result: CatalogPage; ignored: string[] };

export function ListingView({ basePath, query, result, ignored }: Props) {
  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <FacetFilters basePath={basePath} query={query} facets={result.facets} />
      <div>
        {ignored.length > 0 ? (
          <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            We ignored filters we didn&apos;t recognise: {ignored.join(", ")}.
          </p>
        ) : null}
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <p aria-live="polite">
            {result.total} {result.total === 1 ? "shoe" : "shoes"}
          </p>
          <SortForm basePath={basePath} query={query} />
        </div>
        {result.products.length > 0 ? (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.products.map((product, index) => (
              <li key={product.id}>
                <ProductCard product={product} eager={index < 3} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState basePath={basePath} query={query} total={result.total} />
        )}
        <Pagination basePath={basePath} query={query} pageCount={result.pageCount} />
      </div>
    </div>
  );
}

/** No results: offer to drop each active filter, since one of them is usually the culprit. */
function EmptyState({ basePath, query, total }: { basePath: string; query: ListingQuery; total: number }) {
  const active = FACET_KEYS.filter((key) => query[key] !== undefined);
  if (total > 0) {
    return (
      <p>
        There are no shoes on this page.{" "}
        <a href={listingHref(basePath, { ...query, page: 1 })} className="underline">
          Go to the first page
        </a>
        .
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-brand-100 bg-white p-6">
      <h2 className="text-lg font-semibold">No shoes match all of these filters</h2>
      {active.length > 0 ? (
        <>
          <p className="mt-2">Try loosening one of them:</p>
          <ul className="mt-2 space-y-1">
            {active.map((key) => (
              <li key={key}>
                <a
                  href={listingHref(basePath, { ...query, page: 1, [key]: undefined })}
                  className="text-brand-700 underline"
                >
                  Remove {FACET_TITLES[key].toLowerCase()}: {facetValueLabel(key, String(query[key]))}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2">Nothing is listed here yet. Please check back soon.</p>
      )}
      <p className="mt-4">
        Not sure what to look for?{" "}
        <a href={STOREFRONT.fit} className="text-brand-700 underline">
          Take the fit quiz
        </a>
        .
      </p>
    </div>
  );
}
