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
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // Browsers ignore HSTS over plain HTTP, and a dev server must not pin localhost to HTTPS.
  if (production) common.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return common;
}

/** JSON and files: nothing may run or be framed. */
const API_CONTENT_SECURITY_POLICY = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" };

module.exports = { commonSecurityHeaders, API_CONTENT_SECURITY_POLICY };
