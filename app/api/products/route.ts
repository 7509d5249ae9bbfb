import { NextResponse, type NextRequest } from "next/server";
import { getCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import { parseListingQuery } from "@/lib/catalog/listing-query";
import { toProductSummary } from "@/lib/catalog/product-summary";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { handleApiError, jsonError } from "@/lib/http/api-error";
import { fieldErrors } from "@/lib/errors/field-errors";

/** GET /api/products: the listing's filters, sort and pagination, with facet counts. */
export async function GET(request: NextRequest) {
  const parsed = parseListingQuery(request.nextUrl.searchParams);
  if (!parsed.success) return jsonError(400, "invalid_query", fieldErrors(parsed.error));
  try {
    const result = searchCatalog(await getCatalogSnapshot(), parsed.data);
    return NextResponse.json({
      products: result.products.map(toProductSummary),
      total: result.total,
      page: result.page,
      pageCount: result.pageCount,
      facets: result.facets,
    });
  } catch (error) {
    return handleApiError(error);
  }
}
