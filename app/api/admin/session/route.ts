import { NextResponse, type NextRequest } from "next/server";
import { handleApiError } from "@/lib/http/api-error";
import { requireStaffApi } from "@/lib/staff/require-staff-api";

/** GET /api/admin/session: who is signed in (401 when nobody is). */
export async function GET(request: NextRequest) {
  try {
    const actor = await requireStaffApi(request);
    return NextResponse.json({ email: actor.email, role: actor.role }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return handleApiError(error);
  }
}
