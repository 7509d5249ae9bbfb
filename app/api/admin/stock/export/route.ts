import type { NextRequest } from "next/server";
import { handleApiError } from "@/lib/http/api-error";
import { parseLowStockFilters } from "@/lib/admin/catalog/low-stock-filters";
import { exportLowStockCsv } from "@/lib/admin/csv/export-low-stock-csv";
import { requireStaffApi } from "@/lib/staff/require-staff-api";

/** GET /api/admin/stock/export?level=&brand=&q=&range=: the low-stock list's sizes, every page, as CSV. */
export async function GET(request: NextRequest) {
  try {
    const actor = await requireStaffApi(request);
    const csv = await exportLowStockCsv(actor, parseLowStockFilters(request.nextUrl.searchParams));
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="low-stock-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return handleApiError(error);
  }
}
