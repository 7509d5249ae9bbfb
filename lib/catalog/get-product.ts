import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { isPossibleSlug } from "@/lib/validation/possible-slug";
import type { FitRange } from "./fit-facts";
import type { SnapshotProduct } from "./snapshot-types";

/** The fit facts and prices are the snapshot's (snapshot-types.ts); the rest is what the page adds. */
export type PublishedProduct = Pick<
  SnapshotProduct,
  | "id"
  | "slug"
  | "name"
  | "range"
  | "category"
  | "priceCents"
  | "currency"
  | "support"
  | "cushionLevel"
  | "heelStackMm"
  | "forefootStackMm"
  | "dropMm"
  | "rocker"
  | "heelCounter"
  | "baseWidth"
  | "toeBox"
  | "weightG"
  | "removableInsole"
  | "closure"
  | "outsole"
> & {
  description: string;
  brand: { slug: string; name: string };
  images: { url: string; alt: string }[];
  variants: {
    sku: string;
    fitRange: FitRange;
    sizeLabel: string;
    widthCode: string;
    stock: number;
    priceCentsOverride: number | null;
  }[];
  articles: { article: { slug: string; title: string; summary: string } }[];
};

/**
 * A published product with everything its page and GET /api/products/[slug] show, in one
 * statement. Raw SQL because this is the most visited dynamic page: Prisma's model query for
 * the same data compiles a plan and runs several queries on every request, which `npm run
 * bench` showed as a large share of the page's CPU. Wrapped in React's per-request cache: the
 * product page asks twice (metadata and body). A slug no product could have (a NUL byte, which
 * PostgreSQL refuses with an error) is not found without a query.
 */
export const getPublishedProduct = cache(async function getPublishedProduct(
  slug: string,
): Promise<PublishedProduct | null> {
  if (!isPossibleSlug(slug)) return null;
  const rows = await getDb().$queryRaw<PublishedProduct[]>`
    SELECT p."id", p."slug", p."name", p."range"::text AS "range", p."category"::text AS "category", p."description",
      p."priceCents", p."currency", p."support"::text AS "support", p."cushionLevel", p."heelStackMm", p."forefootStackMm",
      p."dropMm", p."rocker"::text AS "rocker", p."heelCounter"::text AS "heelCounter", p."baseWidth"::text AS "baseWidth",
      p."toeBox"::text AS "toeBox", p."weightG", p."removableInsole", p."closure"::text AS "closure", p."outsole"::text AS "outsole",
      json_build_object('slug', b."slug", 'name', b."name") AS "brand",
      COALESCE((SELECT json_agg(json_build_object('url', i."url", 'alt', i."alt") ORDER BY i."position", i."id")
        FROM "ProductImage" i WHERE i."productId" = p."id"), '[]'::json) AS "images",
      COALESCE((SELECT json_agg(json_build_object('sku', v."sku", 'fitRange', v."fitRange", 'sizeLabel', v."sizeLabel",
          'widthCode', v."widthCode", 'stock', v."stock", 'priceCentsOverride', v."priceCentsOverride") ORDER BY v."sku")
        FROM "Variant" v WHERE v."productId" = p."id"), '[]'::json) AS "variants",
      COALESCE((SELECT json_agg(json_build_object('article', json_build_object('slug', a."slug", 'title', a."title", 'summary', a."summary")) ORDER BY a."title")
        FROM "ArticleProduct" ap JOIN "Article" a ON a."id" = ap."articleId" WHERE ap."productId" = p."id" AND a."published"), '[]'::json) AS "articles"
    FROM "Product" p JOIN "Brand" b ON b."id" = p."brandId"
    WHERE p."slug" = ${slug} AND p."published" = true
    LIMIT 1`;
  return rows[0] ?? null;
});

/** Variants in shopper order: men's then women's labels, by size, then narrow to wide. */
export function sortVariants<T extends { fitRange: string; sizeLabel: string; widthCode: string }>(variants: T[]): T[] {
  const widthOrder = ["4A", "2A", "B", "D", "2E", "4E", "6E"];
  return [...variants].sort(
    (a, b) =>
      a.fitRange.localeCompare(b.fitRange) ||
      Number(a.sizeLabel) - Number(b.sizeLabel) ||
      widthOrder.indexOf(a.widthCode) - widthOrder.indexOf(b.widthCode),
  );
}
