import { StoreLink } from "@/components/ui/store-link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/article-editor";
import { getAdminArticle, listProductOptions } from "@/lib/admin/content/list-articles";
import { articleHref } from "@/lib/routes/storefront";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Edit guide" };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const actor = await requireStaff();
  const { id } = await params;
  const [article, products] = await Promise.all([getAdminArticle(actor, id), listProductOptions(actor)]);
  if (!article) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{article.title}</h1>
      {article.published ? (
        <p>
          <StoreLink href={articleHref(article.slug)} className="text-brand-800 underline">
            View in the shop
          </StoreLink>
        </p>
      ) : null}
      <ArticleEditor
        articleId={article.id}
        products={products}
        defaults={{
          title: article.title,
          slug: article.slug,
          summary: article.summary,
          body: article.body,
          tags: article.tags.join(", "),
          published: article.published,
          featuredRank: article.featuredRank === null ? "" : String(article.featuredRank),
          productIds: article.products.map((link) => link.productId),
        }}
      />
    </div>
  );
}
