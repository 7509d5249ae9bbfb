import type { NextRequest } from "next/server";
import { exportDailySalesCsv, parseDailySalesCsvQuery } from "@/lib/admin/reports/daily-sales-csv";
import { handleApiError } from "@/lib/http/api-error";
import { requireStaffApi } from "@/lib/staff/require-staff-api";

/** GET /api/admin/reports/daily-sales?from=&to=&currency=: the reports page's per-day sales table as CSV. */
export async function GET(request: NextRequest) {
  try {
    const actor = await requireStaffApi(request);
    const { range, currency } = parseDailySalesCsvQuery(request.nextUrl.searchParams);
    const csv = await exportDailySalesCsv(actor, range, currency);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="sales-${currency}-${range.from}-to-${range.to}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return handleApiError(error);
  }
}
