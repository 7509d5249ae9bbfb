import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";
import { isDatabaseKnownDown, OUTAGE_RETRY_AFTER_S } from "@/lib/http/database-outage";
import { refuseCrossSiteAction } from "@/lib/http/refuse-cross-site-action";
import { ADMIN } from "@/lib/routes/admin";
import { isProtectedAdminPath } from "@/lib/staff/admin-path";
import { PLAIN_COOKIE_NAME, SECURE_COOKIE_NAME } from "@/lib/staff/session-cookie";

// Next 16's proxy (formerly middleware). Three jobs:
// 1. a per-request CSP nonce for every page (Next puts it on its own scripts);
// 2. a convenience redirect of signed-out visitors from /admin to the sign-in page;
// 3. while the database is known to be down, a 503 page instead of rendering (database-outage.ts).
// The redirect is NOT access control: proxies have been bypassed repeatedly
// (x-middleware-subrequest, .rsc URLs, crafted params). Every admin page, Server Action and
// route handler checks the session in the database itself (lib/staff/require-staff*.ts).

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = siteUsesHttps();
  const csp = buildContentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });

  // Page views only: a Server Action or form POST goes on to its own handler, which answers an
  // outage in a form its caller understands (and whose success ends the outage at once).
  const pageView = request.method === "GET" || request.method === "HEAD";
  if (pageView && isDatabaseKnownDown()) return outagePage(csp);

  if (isProtectedAdminPath(request.nextUrl.pathname) && !hasSessionCookie(request)) {
    const login = new URL(ADMIN.login, request.url);
    login.searchParams.set("next", request.nextUrl.pathname);
    const response = NextResponse.redirect(login, 307);
    response.headers.set("Content-Security-Policy", csp);
    return response;
  }

  // A Server Action from another origin: 403 here, where Next would answer 500.
  const refused = refuseCrossSiteAction(request);
  if (refused) return refused;

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** A self-contained page (no scripts, no database) that tells shoppers and crawlers to come back. */
function outagePage(csp: string): NextResponse {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Back in a moment</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5"><h1>We'll be back in a moment</h1><p>The store can't reach its database right now, so pages can't be shown. Nothing in your cart is lost. Please try again in a few seconds.</p></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(OUTAGE_RETRY_AFTER_S),
      "Cache-Control": "no-store",
      "Content-Security-Policy": csp,
    },
  });
}

/**
 * upgrade-insecure-requests only when the site's configured address (SITE_URL) is https, never
 * from the request: X-Forwarded-Proto is whatever the client sent unless a proxy overwrote it
 * (Next builds nextUrl's scheme from that header too), and the page cache hands one render's CSP
 * to every later visitor. Behind a TLS-terminating proxy SITE_URL is the https address shoppers
 * use. Read directly, like NODE_ENV: the proxy must work without the rest of the configuration
 * (it answers the outage page), so it doesn't go through getEnv's validation.
 */
function siteUsesHttps(): boolean {
  return /^https:\/\//i.test(process.env.SITE_URL ?? "");
}

function hasSessionCookie(request: NextRequest): boolean {
  return Boolean(request.cookies.get(SECURE_COOKIE_NAME)?.value || request.cookies.get(PLAIN_COOKIE_NAME)?.value);
}

export const config = {
  // Pages only: static files and robots.txt (which needs no database, so it is answered during
  // an outage too) need no nonce, and /api responses get their headers from next.config.js.
  // (/api/admin route handlers check the session themselves.)
  matcher: ["/((?!api/|_next/static/|_next/image|favicon.ico|robots.txt$).*)"],
};
