import type { Metadata } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { listPublishedArticles } from "@/lib/articles/get-article";
import { articleHref } from "@/lib/routes/storefront";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Walking and fit guides",
  description: "Plain-language guides on walking with back pain, measuring your feet and choosing comfortable shoes.",
};

export default async function ArticlesPage() {
  const articles = await listPublishedArticles();
  return (
    <>
      <h1 className="text-3xl font-bold mb-6">Walking and fit guides</h1>
      {articles.length === 0 ? (
        <p>No guides are published yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {articles.map((article) => (
            <li key={article.slug} className="rounded-lg border border-brand-100 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <StoreLink href={articleHref(article.slug)} className="hover:underline">
                  {article.title}
                </StoreLink>
              </h2>
              <p className="mt-1 text-muted">{article.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
