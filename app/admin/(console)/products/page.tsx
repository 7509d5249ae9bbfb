import { StoreLink } from "@/components/ui/store-link";
import { filterParams, PageLinks } from "@/components/admin/page-links";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/field";
import { listBrandOptions } from "@/lib/admin/catalog/get-admin-product";
import { listAdminProducts } from "@/lib/admin/catalog/list-admin-products";
import { parseProductFilters } from "@/lib/admin/catalog/product-filters";
import { formatMoney } from "@/lib/money";
import { ADMIN, adminProductHref, adminProductVariantsHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Products" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProductsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const filters = parseProductFilters(await searchParams);
  const [{ products, total, pageCount }, brands] = await Promise.all([
    listAdminProducts(actor, filters),
    listBrandOptions(actor),
  ]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Products</h1>
        <StoreLink
          href={ADMIN.newProduct}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          New product
        </StoreLink>
      </div>
      <form method="get" role="search" aria-label="Filter products" className="grid gap-3 sm:grid-cols-6 items-end">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="block font-semibold">
            Search
          </label>
          <input
            id="q"
            name="q"
            defaultValue={filters.q}
            placeholder="Name, web address or SKU"
            className={INPUT_CLASS}
          />
        </div>
        <Select
          id="status"
          label="Status"
          value={filters.status}
          options={[
            ["all", "Any"],
            ["published", "Published"],
            ["draft", "Hidden"],
            ["archived", "Archived"],
          ]}
        />
        <Select
          id="brand"
          label="Brand"
          value={filters.brand}
          options={[["", "Any"], ...brands.map((brand) => [brand.id, brand.name] as [string, string])]}
        />
        <Select
          id="range"
          label="Sized for"
          value={filters.range}
          options={[
            ["", "Any"],
            ["men", "Men"],
            ["women", "Women"],
            ["unisex", "Unisex"],
          ]}
        />
        <Select
          id="stock"
          label="Stock"
          value={filters.stock}
          options={[
            ["", "Any"],
            ["low", "Some sizes low"],
            ["out", "Sold out"],
          ]}
        />
        <button type="submit" className={SECONDARY_BUTTON_CLASS}>
          Filter
        </button>
      </form>
      <p aria-live="polite">
        {total} {total === 1 ? "product" : "products"}
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Name
            </th>
            <th scope="col">Brand</th>
            <th scope="col">Price</th>
            <th scope="col">Status</th>
            <th scope="col">Sizes</th>
            <th scope="col">Pairs</th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id} className="border-b border-brand-50">
              <td className="py-2">
                <StoreLink href={adminProductHref(product.id)} className="text-brand-800 underline">
                  {product.name}
                </StoreLink>
              </td>
              <td>{product.brand.name}</td>
              <td>{formatMoney(product.priceCents, product.currency)}</td>
              <td>{product.archivedAt ? "Archived" : product.published ? "Published" : "Hidden"}</td>
              <td>
                <StoreLink href={adminProductVariantsHref(product.id)} className="text-brand-800 underline">
                  {product.variantCount} sizes
                </StoreLink>
                {product.lowVariants > 0 ? (
                  <span className="ml-1 text-red-800">({product.lowVariants} low)</span>
                ) : null}
              </td>
              <td>{product.totalStock}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PageLinks basePath={ADMIN.products} params={filterParams(filters)} page={filters.page} pageCount={pageCount} />
    </div>
  );
}

function Select({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className={INPUT_CLASS}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
