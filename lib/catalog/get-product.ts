import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";

/**
 * A published product with everything its page and GET /api/products/[slug] show. Wrapped in
 * React's per-request cache: the product page asks for it twice (metadata and body), and each
 * ask is several queries.
 */
export const getPublishedProduct = cache(async function getPublishedProduct(slug: string) {
  return getDb().product.findFirst({
    where: { slug, published: true },
    include: {
      brand: { select: { slug: true, name: true } },
      images: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { url: true, alt: true } },
      variants: {
        select: { sku: true, fitRange: true, sizeLabel: true, widthCode: true, stock: true, priceCentsOverride: true },
      },
      articles: {
        where: { article: { published: true } },
        select: { article: { select: { slug: true, title: true, summary: true } } },
      },
    },
  });
});

export type PublishedProduct = NonNullable<Awaited<ReturnType<typeof getPublishedProduct>>>;

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
