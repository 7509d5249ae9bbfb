import { StoreLink } from "@/components/ui/store-link";
import { listAdminArticles } from "@/lib/admin/content/list-articles";
import { ADMIN, adminArticleHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Guides" };

export default async function ArticlesPage() {
  const actor = await requireStaff();
  const articles = await listAdminArticles(actor);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Guides</h1>
        <StoreLink
          href={ADMIN.newArticle}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          New guide
        </StoreLink>
      </div>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Title
            </th>
            <th scope="col">Status</th>
            <th scope="col">Linked shoes</th>
            <th scope="col">Updated (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id} className="border-b border-brand-50">
              <td className="py-2">
                <StoreLink href={adminArticleHref(article.id)} className="text-brand-800 underline">
                  {article.title}
                </StoreLink>
              </td>
              <td>{article.published ? "Published" : "Hidden"}</td>
              <td>{article._count.products}</td>
              <td>{article.updatedAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
