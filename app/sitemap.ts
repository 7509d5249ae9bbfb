import type { MetadataRoute } from "next";
import { listPublishedPages } from "@/lib/catalog/list-published-pages";
import { articleHref, collectionHref, policyHref, productHref, STOREFRONT } from "@/lib/routes/storefront";
import { siteOrigin } from "@/lib/site";

export const dynamic = "force-dynamic";

/** Every published shoe, collection and guide, and the policy pages, straight from the database. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin();
  const { products, collections, articles, policies } = await listPublishedPages();
  return [
    { url: `${origin}${STOREFRONT.home}`, changeFrequency: "weekly", priority: 1 },
    { url: `${origin}${STOREFRONT.shoes}`, changeFrequency: "daily", priority: 0.9 },
    { url: `${origin}${STOREFRONT.fit}`, changeFrequency: "monthly", priority: 0.9 },
    { url: `${origin}${STOREFRONT.articles}`, changeFrequency: "weekly", priority: 0.6 },
    ...products.map((p) => ({ url: `${origin}${productHref(p.slug)}`, lastModified: p.updatedAt, priority: 0.8 })),
    ...collections.map((c) => ({
      url: `${origin}${collectionHref(c.slug)}`,
      lastModified: c.updatedAt,
      priority: 0.7,
    })),
    ...articles.map((a) => ({ url: `${origin}${articleHref(a.slug)}`, lastModified: a.updatedAt, priority: 0.6 })),
    ...policies.map((page) => ({
      url: `${origin}${policyHref(page.slug)}`,
      ...(page.updatedAt ? { lastModified: page.updatedAt } : {}),
      priority: 0.3,
    })),
  ];
}
