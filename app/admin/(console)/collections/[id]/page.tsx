import { notFound } from "next/navigation";
import { CollectionForm } from "@/components/admin/collection-form";
import { listProductOptions } from "@/lib/admin/content/list-articles";
import { getAdminCollection } from "@/lib/admin/content/save-collection";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Collection" };

type Props = { params: Promise<{ id: string }> };

export default async function CollectionPage({ params }: Props) {
  const actor = await requireStaff();
  const { id } = await params;
  const [collection, products] = await Promise.all([getAdminCollection(actor, id), listProductOptions(actor)]);
  if (!collection) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{collection.title}</h1>
      <CollectionForm
        collectionId={collection.id}
        products={products}
        defaults={{
          title: collection.title,
          slug: collection.slug,
          description: collection.description,
          featuredRank: collection.featuredRank === null ? "" : String(collection.featuredRank),
          productIds: collection.products.map((member) => member.productId),
        }}
      />
    </div>
  );
}
