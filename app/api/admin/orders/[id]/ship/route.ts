import { NextResponse, type NextRequest } from "next/server";
import { handleApiError } from "@/lib/http/api-error";
import { markOrderShipped } from "@/lib/admin/orders/mark-order-shipped";
import { readJsonBody } from "@/lib/http/read-json-body";
import { requireStaffApi } from "@/lib/staff/require-staff-api";

/** POST /api/admin/orders/:id/ship {trackingNumber}: PAID → SHIPPED, queues the shipped email. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireStaffApi(request);
    const { id } = await params;
    const result = await markOrderShipped(actor, id, await readJsonBody(request));
    return NextResponse.json({ ok: true, ...result });
  } catch (error) {
    return handleApiError(error);
  }
}
