import "server-only";
import { getDb } from "@/lib/db";
import { centsToDecimalString } from "@/lib/money";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { formatCsv } from "./format-csv";
import { PRODUCT_CSV_COLUMNS, VARIANT_COLUMNS } from "./product-csv-columns";

/**
 * Every product (archived ones too) and its variants as CSV text. Each variant's stock is written
 * twice: `stock` for editing and `expected_stock` as the value read now, which the import checks
 * against the live stock so a sale after this export is never undone.
 */
export async function exportProductsCsv(_actor: StaffActor): Promise<string> {
  const products = await getDb().product.findMany({
    orderBy: { slug: "asc" },
    include: { brand: { select: { slug: true } }, variants: { orderBy: { sku: "asc" } } },
  });
  const rows: string[][] = [[...PRODUCT_CSV_COLUMNS]];
  for (const product of products) {
    const productCells = [
      product.slug,
      product.name,
      product.brand.slug,
      product.range,
      product.category,
      product.description,
      centsToDecimalString(product.priceCents),
      String(product.published),
      product.featuredRank === null ? "" : String(product.featuredRank),
      product.support,
      String(product.cushionLevel),
      String(product.heelStackMm),
      String(product.forefootStackMm),
      product.rocker,
      product.heelCounter,
      product.baseWidth,
      product.toeBox,
      String(product.weightG),
      String(product.removableInsole),
      product.closure,
      product.outsole,
    ];
    if (product.variants.length === 0) rows.push([...productCells, ...VARIANT_COLUMNS.map(() => "")]);
    for (const variant of product.variants) {
      rows.push([
        ...productCells,
        variant.sku,
        variant.fitRange,
        variant.sizeLabel,
        variant.widthCode,
        String(variant.stock),
        String(variant.stock),
      ]);
    }
  }
  return formatCsv(rows);
}
