import { ProductForm } from "@/components/admin/product-form";
import { listBrandOptions } from "@/lib/admin/catalog/get-admin-product";
import { NEW_PRODUCT_VALUES } from "@/lib/admin/catalog/product-form-values";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "New product" };

export default async function NewProductPage() {
  const actor = await requireStaff();
  const brands = await listBrandOptions(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New product</h1>
      <p className="text-muted">It starts hidden. Add sizes and stock on the next screen, then publish.</p>
      <ProductForm productId={null} loadedAt="" defaults={NEW_PRODUCT_VALUES} brands={brands} />
    </div>
  );
}
