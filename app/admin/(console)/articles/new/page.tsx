import { ArticleEditor } from "@/components/admin/article-editor";
import { listProductOptions } from "@/lib/admin/content/list-articles";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "New guide" };

export default async function NewArticlePage() {
  const actor = await requireStaff();
  const products = await listProductOptions(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New guide</h1>
      <ArticleEditor
        articleId={null}
        products={products}
        defaults={{
          title: "",
          slug: "",
          summary: "",
          body: "",
          tags: "",
          published: false,
          featuredRank: "",
          productIds: [],
        }}
      />
    </div>
  );
}
