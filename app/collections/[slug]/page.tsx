import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/shop/listing-view";
import { getCollection } from "@/lib/catalog/get-collection";
import { getCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import { parseListingQueryLeniently } from "@/lib/catalog/listing-query";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { collectionHref } from "@/lib/routes/storefront";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const collection = await getCollection((await params).slug);
  if (!collection) return { title: "Collection not found" };
  return {
    title: collection.title,
    description: collection.description,
    openGraph: { title: collection.title, description: collection.description },
  };
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const collection = await getCollection(slug);
  if (!collection) notFound();
  const { query, ignored } = parseListingQueryLeniently(await searchParams);
  const result = searchCatalog(await getCatalogSnapshot(), query, { collection: collection.slug });
  return (
    <>
      <h1 className="text-3xl font-bold">{collection.title}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-muted">{collection.description}</p>
      <ListingView basePath={collectionHref(collection.slug)} query={query} result={result} ignored={ignored} />
    </>
  );
}
