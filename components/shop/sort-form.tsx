import { SORTS, type ListingQuery } from "@/lib/catalog/listing-query";

/** A GET form, so sorting works without JavaScript and the choice stays in the URL. */
export function SortForm({ basePath, query }: { basePath: string; query: ListingQuery }) {
  const kept = Object.entries(query).filter(([key, value]) => key !== "sort" && key !== "page" && value !== undefined);
  return (
    <form action={basePath} method="get" className="flex items-center gap-2">
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={String(value)} />
      ))}
      <label htmlFor="sort" className="text-sm font-medium">
        Sort by
      </label>
      <select
        id="sort"
        name="sort"
        defaultValue={query.sort}
        className="rounded border border-brand-100 bg-white px-2 py-1"
      >
        {Object.entries(SORTS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-brand-700 hover:bg-brand-50">
        Apply
      </button>
    </form>
  );
}
