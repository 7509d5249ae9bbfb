import type { Metadata } from "next";
import { ListingView } from "@/components/shop/listing-view";
import { getCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import { parseListingQueryLeniently } from "@/lib/catalog/listing-query";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { STOREFRONT } from "@/lib/routes/storefront";

export const metadata: Metadata = {
  title: "All walking shoes",
  description: "Cushioned and supportive walking shoes, filterable by size, width, support, cushioning and drop.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ShoesPage({ searchParams }: Props) {
  const { query, ignored } = parseListingQueryLeniently(await searchParams);
  const result = searchCatalog(await getCatalogSnapshot(), query);
  return (
    <>
      <h1 className="text-3xl font-bold mb-6">All walking shoes</h1>
      <ListingView basePath={STOREFRONT.shoes} query={query} result={result} ignored={ignored} />
    </>
  );
}
