import { NextResponse, type NextRequest } from "next/server";
import { checkSameOrigin } from "./same-origin";

// Next aborts a Server Action from another origin with a 500 (and one with a malformed Origin
// with an uncaught TypeError). proxy.ts answers those 403 first, by the store's one same-origin
// rule, and also whenever Next's own test (Origin's host against X-Forwarded-Host, else Host)
// would fail, so a hostile header never reaches Next's 500. This is not where anything is
// protected: every action checks the origin and the session again itself
// (lib/http/check-action-origin.ts, lib/admin/run-admin-action.ts).

export function refuseCrossSiteAction(request: NextRequest): NextResponse | null {
  if (request.method !== "POST" || !mayBeServerAction(request.headers)) return null;
  const verdict = checkSameOrigin(request.headers, request.url);
  const reason = verdict.ok ? nextWouldRefuse(request.headers) : verdict.reason;
  if (!reason) return null;
  console.warn(`Refused cross-site Server Action POST ${request.nextUrl.pathname}: ${reason}`);
  return new NextResponse("This request came from another site and was refused.", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** What Next's action handler treats as a possible Server Action: a next-action header or a multipart form post. */
function mayBeServerAction(headers: Headers): boolean {
  return headers.has("next-action") || (headers.get("content-type")?.startsWith("multipart/form-data") ?? false);
}

/** Next's own CSRF test (app-render/action-handler.js), as a reason to refuse, or null when it passes. */
function nextWouldRefuse(headers: Headers): string | null {
  const origin = headers.get("origin");
  if (origin === null) return null;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return "origin: malformed";
  }
  return originHost === host ? null : `origin ${originHost.slice(0, 100)} is not the forwarded host`;
}
