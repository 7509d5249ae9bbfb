import type { MetadataRoute } from "next";
import { listPublishedPages } from "@/lib/catalog/list-published-pages";
import { siteOrigin } from "@/lib/site";

export const dynamic = "force-dynamic";

/** Every published shoe, collection and guide, straight from the database. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin();
  const { products, collections, articles } = await listPublishedPages();
  return [
    { url: `${origin}/`, changeFrequency: "weekly", priority: 1 },
    { url: `${origin}/shoes`, changeFrequency: "daily", priority: 0.9 },
    { url: `${origin}/fit`, changeFrequency: "monthly", priority: 0.9 },
    { url: `${origin}/articles`, changeFrequency: "weekly", priority: 0.6 },
    ...products.map((p) => ({ url: `${origin}/shoes/${p.slug}`, lastModified: p.updatedAt, priority: 0.8 })),
    ...collections.map((c) => ({ url: `${origin}/collections/${c.slug}`, lastModified: c.updatedAt, priority: 0.7 })),
    ...articles.map((a) => ({ url: `${origin}/articles/${a.slug}`, lastModified: a.updatedAt, priority: 0.6 })),
  ];
}
