import { StoreLink } from "@/components/ui/store-link";
import { LOW_STOCK_THRESHOLD, listLowStock } from "@/lib/admin/catalog/list-low-stock";
import { adminProductVariantsHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Low stock" };

export default async function LowStockPage() {
  const actor = await requireStaff();
  const variants = await listLowStock(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Low stock</h1>
      <p>Sizes with {LOW_STOCK_THRESHOLD} pairs or fewer, sold-out first. Archived shoes are left out.</p>
      {variants.length === 0 ? (
        <p>Every size has more than {LOW_STOCK_THRESHOLD} pairs.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="py-2">
                Shoe
              </th>
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
    </div>
  );
}
