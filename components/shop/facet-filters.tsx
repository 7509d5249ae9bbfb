import { FACET_KEYS, listingHref, type ListingQuery } from "@/lib/catalog/listing-query";
import type { FacetCounts } from "@/lib/catalog/search-catalog";
import { FACET_TITLES, facetValueLabel, orderFacetValues } from "./facet-labels";

type Props = { basePath: string; query: ListingQuery; facets: FacetCounts };

/**
 * Filters as plain links: they work without JavaScript, keep every choice in the URL, and each
 * shows how many shoes it would leave. Choosing a selected value again removes it. Plain <a>
 * rather than next/link on purpose: a listing shows dozens of filter links, and next/link would
 * hydrate each one and prefetch each one in view, a server render per link per visitor
 * (docs/decisions/0006-plain-links-on-listings.md).
 */
export function FacetFilters({ basePath, query, facets }: Props) {
  const active = FACET_KEYS.filter((key) => query[key] !== undefined);
  return (
    <nav aria-label="Filters" className="space-y-5">
      {active.length > 0 ? (
        <p>
          <a href={listingHref(basePath, { sort: query.sort })} className="text-brand-700 underline">
            Clear all filters
          </a>
        </p>
      ) : null}
      {FACET_KEYS.map((key) => {
        const selected = query[key] === undefined ? undefined : String(query[key]);
        const values = orderFacetValues(key, Object.keys(facets[key]));
        if (values.length === 0 && selected === undefined) return null;
        return (
          <section key={key} aria-labelledby={`facet-${key}`}>
            <h2 id={`facet-${key}`} className="font-semibold mb-1">
              {FACET_TITLES[key]}
            </h2>
            <ul className={key === "size" || key === "width" ? "flex flex-wrap gap-1" : "space-y-1"}>
              {values.map((value) => {
                const isSelected = selected === value;
                const next = { ...query, page: 1, [key]: isSelected ? undefined : value };
                const label = facetValueLabel(key, value);
                const count = facets[key][value] ?? 0;
                return (
                  <li key={value}>
                    <a
                      href={listingHref(basePath, next)}
                      aria-current={isSelected ? "true" : undefined}
                      aria-label={`${FACET_TITLES[key]}: ${label}, ${count} ${count === 1 ? "shoe" : "shoes"}${isSelected ? ", selected, choose to remove" : ""}`}
                      className={
                        isSelected
                          ? "inline-block rounded border-2 border-brand-700 bg-brand-700 px-2 py-0.5 text-white"
                          : "inline-block rounded border border-brand-100 bg-white px-2 py-0.5 hover:border-brand-600"
                      }
                    >
                      {label} <span className={isSelected ? "" : "text-muted"}>({count})</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
