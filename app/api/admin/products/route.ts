import { NextResponse, type NextRequest } from "next/server";
import { handleApiError } from "@/lib/http/api-error";
import { listAdminProducts } from "@/lib/admin/catalog/list-admin-products";
import { parseProductFilters } from "@/lib/admin/catalog/product-filters";
import { requireStaffApi } from "@/lib/staff/require-staff-api";

/** GET /api/admin/products?q=&status=&brand=&range=&stock=&page=: the admin product list. */
export async function GET(request: NextRequest) {
  try {
    const actor = await requireStaffApi(request);
    const filters = parseProductFilters(Object.fromEntries(request.nextUrl.searchParams));
    return NextResponse.json(await listAdminProducts(actor, filters), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return handleApiError(error);
  }
}
