import "server-only";
import { getDb } from "@/lib/db";
import { isPossibleSlug } from "@/lib/validation/possible-slug";

/** The published guide, or null; a slug no guide could have is not even looked up. */
export async function getPublishedArticle(slug: string) {
  if (!isPossibleSlug(slug)) return null;
  return getDb().article.findFirst({
    where: { slug, published: true },
    select: {
      slug: true,
      title: true,
      summary: true,
      body: true,
      tags: true,
      updatedAt: true,
      products: {
        where: { product: { published: true } },
        select: {
          product: {
            select: { slug: true, name: true, priceCents: true, currency: true, brand: { select: { name: true } } },
          },
        },
      },
    },
  });
}

export async function listPublishedArticles() {
  return getDb().article.findMany({
    where: { published: true },
    orderBy: [{ featuredRank: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    select: { slug: true, title: true, summary: true, tags: true, updatedAt: true, featuredRank: true },
  });
}
