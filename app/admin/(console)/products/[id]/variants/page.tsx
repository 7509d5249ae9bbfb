import { StoreLink } from "@/components/ui/store-link";
import { notFound } from "next/navigation";
import { VariantGrid } from "@/components/admin/variant-grid";
import { getAdminProduct } from "@/lib/admin/catalog/get-admin-product";
import { defaultSku, fitRangesFor, SIZE_LABELS } from "@/lib/admin/catalog/size-labels";
import { cellKey } from "@/lib/admin/catalog/variant-grid-schema";
import { widthCodesFor } from "@/lib/catalog/width-codes";
import { adminProductHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Sizes and stock" };

type Props = { params: Promise<{ id: string }> };

export default async function VariantsPage({ params }: Props) {
  const actor = await requireStaff();
  const { id } = await params;
  const product = await getAdminProduct(actor, id);
  if (!product) notFound();
  const sections = fitRangesFor(product.range).map((fitRange) => ({
    fitRange,
    sizes: SIZE_LABELS[fitRange],
    widths: widthCodesFor(fitRange),
  }));
  const skuFor: Record<string, string> = {};
  for (const section of sections) {
    for (const size of section.sizes)
      for (const width of section.widths)
        skuFor[cellKey({ fitRange: section.fitRange, sizeLabel: size, widthCode: width })] = defaultSku(
          product.slug,
          section.fitRange,
          size,
          width,
        );
  }

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Sizes and stock: {product.name}</h1>
      <p>
        <StoreLink href={adminProductHref(product.id)} className="text-brand-800 underline">
          Back to the product
        </StoreLink>
      </p>
      <VariantGrid
        productId={product.id}
        sections={sections}
        skuFor={skuFor}
        variants={product.variants.map((variant) => ({
          fitRange: variant.fitRange,
          sizeLabel: variant.sizeLabel,
          widthCode: variant.widthCode,
          sku: variant.sku,
          stock: variant.stock,
        }))}
      />
    </div>
  );
}
