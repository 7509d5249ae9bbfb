// Security headers on every response, in one place for next.config.js and for the routes the
// production server answers itself (scripts/serve.ts). CommonJS, because next.config.js is.
// See docs/decisions/0005-staff-auth.md. Pages get their CSP (with its nonce) from proxy.ts.

/** @param {boolean} production @returns {{ key: string, value: string }[]} */
function commonSecurityHeaders(production) {
  const common = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ];
  // Browsers ignore HSTS over plain HTTP, and a dev server must not pin localhost to HTTPS.
  if (production) common.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return common;
}

/**
 * Cross-Origin-Opener-Policy only where a page shows personal data or staff tools. On the
 * storefront it would cost every shopper who arrives from another site a fresh browser process
 * (docs/decisions/0012-coop-where-it-protects-something.md).
 */
const ISOLATED_PAGE_SOURCES = ["/admin/:path*", "/orders/:path*", "/checkout/:path*"];
const CROSS_ORIGIN_OPENER_POLICY = { key: "Cross-Origin-Opener-Policy", value: "same-origin" };

/** JSON and files: nothing may run or be framed. */
const API_CONTENT_SECURITY_POLICY = {
  key: "Content-Security-Policy",
  value: "default-src 'none'; frame-ancestors 'none'; sandbox",
};

module.exports = {
  commonSecurityHeaders,
  API_CONTENT_SECURITY_POLICY,
  ISOLATED_PAGE_SOURCES,
  CROSS_ORIGIN_OPENER_POLICY,
};
