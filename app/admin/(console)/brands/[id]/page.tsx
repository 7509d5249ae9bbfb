import { notFound } from "next/navigation";
import { BrandForm } from "@/components/admin/brand-form";
import { SizeChartEditor } from "@/components/admin/size-chart-editor";
import { getAdminBrand } from "@/lib/admin/content/save-brand";
import { FIT_RANGES } from "@/lib/catalog/fit-facts";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Brand" };

type Props = { params: Promise<{ id: string }> };

export default async function BrandPage({ params }: Props) {
  const actor = await requireStaff();
  const brand = await getAdminBrand(actor, (await params).id);
  if (!brand) notFound();
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{brand.name}</h1>
      <BrandForm brandId={brand.id} defaults={{ name: brand.name, slug: brand.slug, description: brand.description }} />
      <section aria-labelledby="chart" className="space-y-6">
        <h2 id="chart" className="text-xl font-semibold">
          Size chart
        </h2>
        <p className="text-muted">
          The fit quiz turns a shopper&apos;s foot length into this brand&apos;s size label with these rows. Foot
          lengths are inclusive and must not overlap.
        </p>
        <div className="grid gap-8 lg:grid-cols-2">
          {FIT_RANGES.map((range) => (
            <SizeChartEditor
              key={range}
              brandId={brand.id}
              defaults={{
                range,
                rows: brand.sizeChart
                  .filter((row) => row.range === range)
                  .map((row) => ({
                    sizeLabel: row.sizeLabel,
                    footLengthMinMm: String(row.footLengthMinMm),
                    footLengthMaxMm: String(row.footLengthMaxMm),
                  })),
              }}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
