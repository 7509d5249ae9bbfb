import { StoreLink } from "@/components/ui/store-link";
import { listAdminCollections } from "@/lib/admin/content/save-collection";
import { ADMIN, adminCollectionHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Collections" };

export default async function CollectionsPage() {
  const actor = await requireStaff();
  const collections = await listAdminCollections(actor);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Collections</h1>
        <StoreLink
          href={ADMIN.newCollection}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          New collection
        </StoreLink>
      </div>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Title
            </th>
            <th scope="col">Home page</th>
            <th scope="col">Shoes</th>
          </tr>
        </thead>
        <tbody>
          {collections.map((collection) => (
            <tr key={collection.id} className="border-b border-brand-50">
              <td className="py-2">
                <StoreLink href={adminCollectionHref(collection.id)} className="text-brand-800 underline">
                  {collection.title}
                </StoreLink>
              </td>
              <td>{collection.featuredRank ?? "—"}</td>
              <td>{collection._count.products}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
