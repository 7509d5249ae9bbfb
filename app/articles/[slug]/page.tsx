import type { Metadata } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { notFound } from "next/navigation";
import { getPublishedArticle } from "@/lib/articles/get-article";
import { renderMarkdown } from "@/lib/articles/render-markdown";
import { formatMoney } from "@/lib/money";
import { productHref, STOREFRONT } from "@/lib/routes/storefront";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticle((await params).slug);
  if (!article) return { title: "Guide not found" };
  return {
    title: article.title,
    description: article.summary,
    openGraph: { type: "article", title: article.title, description: article.summary },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getPublishedArticle((await params).slug);
  if (!article) notFound();
  return (
    <article className="max-w-3xl">
      <p className="text-sm text-muted">
        <StoreLink href={STOREFRONT.articles} className="underline">
          Guides
        </StoreLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{article.title}</h1>
      <p className="mt-2 text-lg text-muted">{article.summary}</p>
      <p className="mt-1 text-sm text-muted">
        Updated{" "}
        <time dateTime={article.updatedAt.toISOString()}>
          {article.updatedAt.toLocaleDateString("en-US", { dateStyle: "long" })}
        </time>
      </p>
      {/* Sanitized HTML from renderMarkdown: an allow-list of tags, no attributes but link targets. */}
      <div className="prose-article mt-6" dangerouslySetInnerHTML={{ __html: renderMarkdown(article.body) }} />
      {article.products.length > 0 ? (
        <section aria-labelledby="guide-shoes" className="mt-10">
          <h2 id="guide-shoes" className="text-xl font-semibold mb-3">
            Shoes mentioned in this guide
          </h2>
          <ul className="space-y-2">
            {article.products.map(({ product }) => (
              <li key={product.slug}>
                <StoreLink href={productHref(product.slug)} className="text-brand-700 underline">
                  {product.name}
                </StoreLink>{" "}
                <span className="text-muted">
                  by {product.brand.name}, {formatMoney(product.priceCents, product.currency)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
