import { StoreLink } from "@/components/ui/store-link";
import { notFound } from "next/navigation";
import { ImageManager } from "@/components/admin/image-manager";
import { ProductControls } from "@/components/admin/product-controls";
import { ProductForm } from "@/components/admin/product-form";
import { getAdminProduct, listBrandOptions } from "@/lib/admin/catalog/get-admin-product";
import { toProductFormValues } from "@/lib/admin/catalog/product-form-values";
import { adminAuditHref, adminProductVariantsHref } from "@/lib/routes/admin";
import { productHref } from "@/lib/routes/storefront";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Edit product" };

type Props = { params: Promise<{ id: string }> };

export default async function EditProductPage({ params }: Props) {
  const actor = await requireStaff();
  const { id } = await params;
  const [product, brands] = await Promise.all([getAdminProduct(actor, id), listBrandOptions(actor)]);
  if (!product) notFound();
  const totalStock = product.variants.reduce((sum, variant) => sum + variant.stock, 0);

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{product.name}</h1>
        <p>
          {product.archivedAt ? "Archived" : product.published ? "Published" : "Hidden"} ·{" "}
          <StoreLink href={adminProductVariantsHref(product.id)} className="text-brand-800 underline">
            {product.variants.length} sizes, {totalStock} pairs: edit sizes and stock
          </StoreLink>
          {product.published ? (
            <>
              {" "}
              ·{" "}
              <StoreLink href={productHref(product.slug)} className="text-brand-800 underline">
                View in the shop
              </StoreLink>
            </>
          ) : null}
          {actor.role === "owner" ? (
            <>
              {" "}
              ·{" "}
              <StoreLink href={adminAuditHref({ entityId: product.id })} className="text-brand-800 underline">
                History
              </StoreLink>
            </>
          ) : null}
        </p>
        <ProductControls
          productId={product.id}
          published={product.published}
          archived={product.archivedAt !== null}
          isOwner={actor.role === "owner"}
        />
      </div>
      <section aria-labelledby="details" className="space-y-4">
        <h2 id="details" className="text-xl font-semibold">
          Details
        </h2>
        <ProductForm
          productId={product.id}
          loadedAt={product.updatedAt.toISOString()}
          defaults={toProductFormValues(product)}
          brands={brands}
        />
      </section>
      <section aria-labelledby="pictures" className="space-y-4">
        <h2 id="pictures" className="text-xl font-semibold">
          Pictures
        </h2>
        <ImageManager productId={product.id} images={product.images} />
      </section>
    </div>
  );
}
