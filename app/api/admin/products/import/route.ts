import { NextResponse, type NextRequest } from "next/server";
import { importProductsCsv } from "@/lib/admin/csv/import-products-csv";
import { MAX_CSV_BYTES } from "@/lib/admin/csv/product-csv-columns";
import { readCappedForm } from "@/lib/admin/read-capped-body";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { handleApiError } from "@/lib/http/api-error";
import { StoreError } from "@/lib/errors/store-error";
import { requireStaffApi } from "@/lib/staff/require-staff-api";

/**
 * POST /api/admin/products/import (owners): a products CSV as the body (text/csv) or as the
 * "file" field of a form. 200 with counts when applied, plus the rows whose stock was kept because
 * it changed after the export (see importProductsCsv); 422 with per-row errors when any row is
 * wrong, in which case nothing was changed.
 */
export async function POST(request: NextRequest) {
  try {
    const actor = await requireStaffApi(request, "owner");
    const text = await readCsvText(request);
    const report = await importProductsCsv(actor, text);
    return NextResponse.json(report, { status: report.ok ? 200 : 422 });
  } catch (error) {
    return handleApiError(error);
  }
}

async function readCsvText(request: NextRequest): Promise<string> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (type.startsWith("text/csv")) return (await readCappedBody(request, MAX_CSV_BYTES)).toString("utf8");
  const form = await readCappedForm(request, MAX_CSV_BYTES + 64 * 1024);
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new StoreError(400, "invalid_input", { file: "Choose a CSV file" });
  return Buffer.from(await file.arrayBuffer()).toString("utf8");
}
