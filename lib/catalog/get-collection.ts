import "server-only";
import { getDb } from "@/lib/db";
import { isPossibleSlug } from "@/lib/validation/possible-slug";

/** The collection, or null; a slug no collection could have is not even looked up. */
export async function getCollection(slug: string) {
  if (!isPossibleSlug(slug)) return null;
  return getDb().collection.findUnique({
    where: { slug },
    select: { slug: true, title: true, description: true },
  });
}

/** Collections shown on the home page, in their featured order. */
export async function listFeaturedCollections() {
  return getDb().collection.findMany({
    where: { featuredRank: { not: null } },
    orderBy: { featuredRank: "asc" },
    select: { slug: true, title: true, description: true },
  });
}

export async function listCollectionSlugs() {
  return getDb().collection.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}
