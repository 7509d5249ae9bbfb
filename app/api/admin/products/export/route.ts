import type { NextRequest } from "next/server";
import { handleApiError } from "@/lib/http/api-error";
import { exportProductsCsv } from "@/lib/admin/csv/export-products-csv";
import { requireStaffApi } from "@/lib/staff/require-staff-api";

/** GET /api/admin/products/export: every product and variant as a CSV download. */
export async function GET(request: NextRequest) {
  try {
    const actor = await requireStaffApi(request);
    const csv = await exportProductsCsv(actor);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="products-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return handleApiError(error);
  }
}
