import { StoreLink } from "@/components/ui/store-link";
import { listAdminBrands } from "@/lib/admin/content/save-brand";
import { ADMIN, adminBrandHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Brands and size charts" };

export default async function BrandsPage() {
  const actor = await requireStaff();
  const brands = await listAdminBrands(actor);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Brands and size charts</h1>
        <StoreLink
          href={ADMIN.newBrand}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          New brand
        </StoreLink>
      </div>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Brand
            </th>
            <th scope="col">Products</th>
            <th scope="col">Size chart rows</th>
          </tr>
        </thead>
        <tbody>
          {brands.map((brand) => (
            <tr key={brand.id} className="border-b border-brand-50">
              <td className="py-2">
                <StoreLink href={adminBrandHref(brand.id)} className="text-brand-800 underline">
                  {brand.name}
                </StoreLink>
              </td>
              <td>{brand._count.products}</td>
              <td>
                {brand._count.sizeChart === 0 ? (
                  <span className="font-semibold text-red-800">None: the fit quiz can&apos;t size this brand</span>
                ) : (
                  brand._count.sizeChart
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
