import { StoreLink } from "@/components/ui/store-link";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/field";
import { filterParams, PageLinks } from "@/components/admin/page-links";
import { listAdminBrands } from "@/lib/admin/content/save-brand";
import { LOW_STOCK_THRESHOLD, listLowStock } from "@/lib/admin/catalog/list-low-stock";
import { parseLowStockFilters, type LowStockFilters } from "@/lib/admin/catalog/low-stock-filters";
import { ADMIN, adminLowStockCsvHref, adminProductVariantsHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";
import { FilterSearchField } from "@/components/admin/filter-search-field";

export const metadata = { title: "Low stock" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LEVEL_LABELS = { both: "Sold out and low", out: "Sold out", low: `Low (1 to ${LOW_STOCK_THRESHOLD} pairs)` };

export default async function LowStockPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const filters = parseLowStockFilters(await searchParams);
  const [{ variants, total, pageCount }, brands] = await Promise.all([
    listLowStock(actor, filters),
    listAdminBrands(actor),
  ]);
  const params = filterParams(filters);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Low stock</h1>
      <p>
        Sizes with {LOW_STOCK_THRESHOLD} pairs or fewer, emptiest first. Archived shoes are left out; hidden ones are
        marked.
      </p>
      <form method="get" role="search" aria-label="Filter low stock" className="grid items-end gap-3 sm:grid-cols-5">
        <div>
          <label htmlFor="level" className="block font-semibold">
            Show
          </label>
          <select id="level" name="level" defaultValue={filters.level} className={INPUT_CLASS}>
            {Object.entries(LEVEL_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="brand" className="block font-semibold">
            Brand
          </label>
          <select id="brand" name="brand" defaultValue={filters.brand} className={INPUT_CLASS}>
            <option value="">Any</option>
            {brands.map((brand) => (
              <option key={brand.id} value={brand.id}>
                {brand.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="range" className="block font-semibold">
            Fit range
          </label>
          <select id="range" name="range" defaultValue={filters.range} className={INPUT_CLASS}>
            <option value="">Any</option>
            <option value="men">Men&apos;s sizes</option>
            <option value="women">Women&apos;s sizes</option>
          </select>
        </div>
        <FilterSearchField help="Shoe name or SKU" value={filters.q} />
        <button type="submit" className={SECONDARY_BUTTON_CLASS}>
          Filter
        </button>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite">{summary(total, filters)}</p>
        {total > 0 ? (
          // A route handler's download, not a page: a plain link, as the catalog CSV's is.
          <a href={adminLowStockCsvHref(params)} className="text-brand-800 underline" download>
            Download these {total} sizes as CSV
          </a>
        ) : null}
      </div>
      {variants.length === 0 ? null : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="py-2">
                Shoe
              </th>
              <th scope="col">Brand</th>
              <th scope="col">Size</th>
              <th scope="col">Width</th>
              <th scope="col">SKU</th>
              <th scope="col">Pairs</th>
            </tr>
          </thead>
          <tbody>
            {variants.map((variant) => (
              <tr key={variant.id} className="border-b border-brand-50">
                <td className="py-2">
                  <StoreLink href={adminProductVariantsHref(variant.product.id)} className="text-brand-800 underline">
                    {variant.product.name}
                  </StoreLink>
                  {variant.product.published ? null : <span className="ml-1 text-muted">(hidden)</span>}
                </td>
                <td>{variant.product.brand.name}</td>
                <td>
                  {variant.fitRange === "men" ? "Men's" : "Women's"} {variant.sizeLabel}
                </td>
                <td>{variant.widthCode}</td>
                <td>{variant.sku}</td>
                <td className={variant.stock === 0 ? "font-semibold text-red-800" : ""}>
                  {variant.stock === 0 ? "Sold out" : variant.stock}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PageLinks basePath={ADMIN.stock} params={params} page={filters.page} pageCount={pageCount} />
    </div>
  );
}

function summary(total: number, filters: LowStockFilters): string {
  const narrowed = filters.q !== "" || filters.brand !== "" || filters.range !== "";
  if (total === 0) {
    if (narrowed) return "No size matches these filters.";
    if (filters.level === "out") return "No size is sold out.";
    if (filters.level === "low") return `No size has 1 to ${LOW_STOCK_THRESHOLD} pairs.`;
    return `Every size has more than ${LOW_STOCK_THRESHOLD} pairs.`;
  }
  const sizes = `${total} ${total === 1 ? "size" : "sizes"}`;
  return filters.q ? `${sizes} matching “${filters.q}”` : sizes;
}
