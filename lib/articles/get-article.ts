import "server-only";
import { getDb } from "@/lib/db";

export async function getPublishedArticle(slug: string) {
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
        select: { product: { select: { slug: true, name: true, priceCents: true, currency: true, brand: { select: { name: true } } } } },
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
