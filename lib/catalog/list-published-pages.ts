import "server-only";
import { getDb } from "@/lib/db";
import { POLICY_SLUGS } from "@/lib/policies/policy-slugs";

const SLUG_AND_DATE = { slug: true, updatedAt: true } as const;

/**
 * Every published shoe, collection and guide with when it last changed, and the store policy
 * pages (always there; dated once staff saved them): what the sitemap lists.
 */
export async function listPublishedPages() {
  const db = getDb();
  const [products, collections, articles, savedPolicies] = await Promise.all([
    db.product.findMany({ where: { published: true }, select: SLUG_AND_DATE, orderBy: { slug: "asc" } }),
    db.collection.findMany({ select: SLUG_AND_DATE, orderBy: { slug: "asc" } }),
    db.article.findMany({ where: { published: true }, select: SLUG_AND_DATE, orderBy: { slug: "asc" } }),
    db.policyPage.findMany({ select: SLUG_AND_DATE }),
  ]);
  const policies = POLICY_SLUGS.map((slug) => ({
    slug,
    updatedAt: savedPolicies.find((page) => page.slug === slug)?.updatedAt ?? null,
  }));
  return { products, collections, articles, policies };
}
