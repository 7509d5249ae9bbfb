import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { handleApiError } from "@/lib/http/api-error";
import { seeOther } from "@/lib/http/see-other";
import { fieldErrors } from "@/lib/errors/field-errors";
import { ADMIN } from "@/lib/routes/admin";
import { withQuery } from "@/lib/routes/with-query";
import { clientIp } from "@/lib/staff/client-ip";
import { loginSchema } from "@/lib/staff/login-schema";
import { SIGN_IN_LIMITED, SIGN_IN_REJECTED, SIGN_IN_SLOWED } from "@/lib/staff/login-messages";
import { readLoginBody } from "@/lib/staff/read-login-body";
import { assertSameOrigin } from "@/lib/staff/require-staff-api";
import { safeNextPath } from "@/lib/staff/safe-next-path";
import { cookieModeFor, sessionCookie } from "@/lib/staff/session-cookie";
import { signIn } from "@/lib/staff/sign-in";

/**
 * POST /api/admin/login: JSON {email, password} from the sign-in form, or a plain form post when
 * JavaScript is off (answered with redirects instead of JSON). Sets the session cookie.
 */
export async function POST(request: NextRequest) {
  let isForm = false;
  try {
    assertSameOrigin(request); // login CSRF: a foreign page must not sign the browser in
    const read = await readLoginBody(request);
    isForm = read.isForm;
    const raw = (read.body && typeof read.body === "object" ? read.body : {}) as Record<string, unknown>;
    const { next, ...credentials } = raw;
    const parsed = loginSchema.safeParse(credentials);
    if (!parsed.success) {
      if (isForm) return seeOther(withQuery(ADMIN.login, { error: "invalid" }));
      return NextResponse.json({ error: "invalid_input", fields: fieldErrors(parsed.error) }, { status: 400 });
    }

    const result = await signIn({ ...parsed.data, ip: clientIp(request.headers) });
    if (result.kind === "limited") {
      const retryAfterSeconds = Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 1000));
      if (isForm) return seeOther(withQuery(ADMIN.login, { error: "limited", retryAt: result.retryAt.toISOString() }));
      return NextResponse.json(
        {
          error: "too_many_attempts",
          message: result.reason === "delay" ? SIGN_IN_SLOWED : SIGN_IN_LIMITED,
          retryAt: result.retryAt.toISOString(),
          retryAfterSeconds,
        },
        { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
      );
    }
    if (result.kind === "rejected") {
      if (isForm) return seeOther(withQuery(ADMIN.login, { error: "rejected" }));
      return NextResponse.json({ error: "invalid_credentials", message: SIGN_IN_REJECTED }, { status: 401 });
    }

    const destination = safeNextPath(next);
    const response = isForm ? seeOther(destination) : NextResponse.json({ ok: true, redirectTo: destination });
    response.cookies.set(
      sessionCookie(cookieModeFor(request.headers, request.url, getEnv().NODE_ENV === "production"), result.token),
    );
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch (error) {
    return handleApiError(error);
  }
}
