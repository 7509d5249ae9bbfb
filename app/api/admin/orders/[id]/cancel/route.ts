import { NextResponse, type NextRequest } from "next/server";
import { handleApiError } from "@/lib/http/api-error";
import { cancelOrder } from "@/lib/admin/orders/cancel-order";
import { requireStaffApi } from "@/lib/staff/require-staff-api";

/**
 * POST /api/admin/orders/:id/cancel: cancels an unpaid order, or a paid one not yet shipped (with
 * its refund: `refund.outcome` says what Stripe did), and returns its stock once.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireStaffApi(request);
    const { id } = await params;
    return NextResponse.json({ ok: true, ...(await cancelOrder(actor, id)) });
  } catch (error) {
    return handleApiError(error);
  }
}
