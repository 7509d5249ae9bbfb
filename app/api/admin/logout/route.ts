import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { handleApiError, jsonError } from "@/lib/http/api-error";
import { seeOther } from "@/lib/http/see-other";
import { ADMIN } from "@/lib/routes/admin";
import { withQuery } from "@/lib/routes/with-query";
import { clientIp } from "@/lib/staff/client-ip";
import { assertSameOrigin } from "@/lib/staff/require-staff-api";
import { clearedSessionCookie, cookieModeFor, sessionCookieName } from "@/lib/staff/session-cookie";
import { signOut } from "@/lib/staff/sign-out";

/**
 * POST /api/admin/logout: revokes the session in the database (a copied cookie stops working at
 * once) and clears the cookie. A form post gets a redirect to the sign-in page.
 */
export async function POST(request: NextRequest) {
  try {
    assertSameOrigin(request);
    const mode = cookieModeFor(request.headers, request.url, getEnv().NODE_ENV === "production");
    const ended = await signOut(request.cookies.get(sessionCookieName(mode))?.value, clientIp(request.headers));
    const isForm = request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded") ?? false;
    const response = isForm
      ? seeOther(withQuery(ADMIN.login, { signedOut: "1" }))
      : ended
        ? NextResponse.json({ ok: true })
        : jsonError(401, "unauthorized");
    response.cookies.set(clearedSessionCookie(mode));
    return response;
  } catch (error) {
    return handleApiError(error);
  }
}
