import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SnapshotBrand, SnapshotProduct, SnapshotVariant, SizeChartEntry } from "./snapshot-types";
import type { FitRange } from "./fit-facts";
import type { WidthCode } from "./width-codes";

// Raw SQL because the snapshot reads every published product with its variants: one row per
// product with variants packed as JSON is an order of magnitude faster than nested Prisma reads
// at 10,000 products.

type ProductRow = Omit<SnapshotProduct, "createdAt" | "variants"> & {
  createdAt: Date;
  variants: [string, FitRange, string, WidthCode, number, number | null][];
};

/** Published products, all of them or just `ids`. */
export async function loadProductRows(db: PrismaClient, ids: string[] | null): Promise<SnapshotProduct[]> {
  const rows = await db.$queryRawUnsafe<ProductRow[]>(
    `SELECT p."id", p."slug", p."name", b."slug" AS "brandSlug", b."name" AS "brandName",
            p."range"::text AS "range", p."category"::text AS "category", p."priceCents", p."currency",
            p."featuredRank", p."createdAt", p."support"::text AS "support", p."cushionLevel",
            p."heelStackMm", p."forefootStackMm", p."dropMm", p."rocker"::text AS "rocker",
            p."heelCounter"::text AS "heelCounter", p."baseWidth"::text AS "baseWidth", p."toeBox"::text AS "toeBox",
            p."weightG", p."removableInsole", p."closure"::text AS "closure", p."outsole"::text AS "outsole",
            (SELECT json_build_object('url', i."url", 'alt', i."alt") FROM "ProductImage" i
               WHERE i."productId" = p."id" ORDER BY i."position", i."id" LIMIT 1) AS "image",
            COALESCE((SELECT json_agg(c."slug") FROM "CollectionProduct" cp JOIN "Collection" c ON c."id" = cp."collectionId"
               WHERE cp."productId" = p."id"), '[]'::json) AS "collections",
            COALESCE((SELECT json_object_agg(c."slug", cp."position") FROM "CollectionProduct" cp JOIN "Collection" c ON c."id" = cp."collectionId"
               WHERE cp."productId" = p."id"), '{}'::json) AS "collectionPositions",
            COALESCE((SELECT json_agg(json_build_array(v."sku", v."fitRange", v."sizeLabel", v."widthCode", v."stock", v."priceCentsOverride"))
               FROM "Variant" v WHERE v."productId" = p."id"), '[]'::json) AS "variants"
       FROM "Product" p JOIN "Brand" b ON b."id" = p."brandId"
      WHERE p."published" AND ($1::text[] IS NULL OR p."id" = ANY($1::text[]))`,
    ids,
  );
  return rows.map(toSnapshotProduct);
}

function toSnapshotProduct(row: ProductRow): SnapshotProduct {
  const variants: SnapshotVariant[] = row.variants
    .map(([sku, fitRange, size, width, stock, override]) => ({
      sku,
      fitRange,
      size,
      width,
      stock,
      priceCents: override ?? row.priceCents,
    }))
    .sort(
      (a, b) => compareText(a.fitRange, b.fitRange) || Number(a.size) - Number(b.size) || compareText(a.width, b.width),
    );
  return { ...row, featuredRank: row.featuredRank ?? null, createdAt: new Date(row.createdAt).getTime(), variants };
}

/**
 * Plain code-unit order: the same order localeCompare gives for ranges and width codes (lower-case
 * words, digits and capitals), without setting up a collator for each of a full load's millions
 * of comparisons.
 */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type ChartRow = {
  slug: string;
  name: string;
  range: FitRange | null;
  sizeLabel: string | null;
  minMm: number | null;
  maxMm: number | null;
};

export async function loadBrands(db: PrismaClient): Promise<Record<string, SnapshotBrand>> {
  const rows = await db.$queryRawUnsafe<ChartRow[]>(
    `SELECT b."slug", b."name", s."range"::text AS "range", s."sizeLabel", s."footLengthMinMm" AS "minMm", s."footLengthMaxMm" AS "maxMm"
       FROM "Brand" b LEFT JOIN "SizeChartRow" s ON s."brandId" = b."id"
      ORDER BY b."slug", s."range", s."footLengthMinMm"`,
  );
  const brands: Record<string, SnapshotBrand> = {};
  for (const row of rows) {
    const brand = (brands[row.slug] ??= { slug: row.slug, name: row.name, sizeChart: { men: [], women: [] } });
    if (row.range && row.sizeLabel !== null && row.minMm !== null && row.maxMm !== null) {
      const entry: SizeChartEntry = { size: row.sizeLabel, minMm: row.minMm, maxMm: row.maxMm };
      brand.sizeChart[row.range].push(entry);
    }
  }
  return brands;
}
