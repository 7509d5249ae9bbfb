import "server-only";
import { getDb } from "@/lib/db";

const SLUG_AND_DATE = { slug: true, updatedAt: true } as const;

/** Every published shoe, collection and guide with when it last changed: what the sitemap lists. */
export async function listPublishedPages() {
  const db = getDb();
  const [products, collections, articles] = await Promise.all([
    db.product.findMany({ where: { published: true }, select: SLUG_AND_DATE, orderBy: { slug: "asc" } }),
    db.collection.findMany({ select: SLUG_AND_DATE, orderBy: { slug: "asc" } }),
    db.article.findMany({ where: { published: true }, select: SLUG_AND_DATE, orderBy: { slug: "asc" } }),
  ]);
  return { products, collections, articles };
}
