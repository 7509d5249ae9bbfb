import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";

export async function listAdminArticles(_actor: StaffActor) {
  return getDb().article.findMany({
    orderBy: [{ updatedAt: "desc" }],
    select: {
      id: true,
      title: true,
      slug: true,
      published: true,
      updatedAt: true,
      _count: { select: { products: true } },
    },
  });
}

export async function getAdminArticle(_actor: StaffActor, articleId: string) {
  if (articleId.length > 40) return null;
  return getDb().article.findUnique({
    where: { id: articleId },
    include: { products: { select: { productId: true } } },
  });
}

/** Shoes an article can link to, by name. */
export async function listProductOptions(_actor: StaffActor) {
  return getDb().product.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true },
  });
}
