import { CollectionForm } from "@/components/admin/collection-form";
import { listProductOptions } from "@/lib/admin/content/list-articles";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "New collection" };

export default async function NewCollectionPage() {
  const actor = await requireStaff();
  const products = await listProductOptions(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New collection</h1>
      <CollectionForm
        collectionId={null}
        products={products}
        defaults={{ title: "", slug: "", description: "", featuredRank: "", productIds: [] }}
      />
    </div>
  );
}
