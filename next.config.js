const {
  commonSecurityHeaders,
  API_CONTENT_SECURITY_POLICY,
  ISOLATED_PAGE_SOURCES,
  CROSS_ORIGIN_OPENER_POLICY,
} = require("./lib/http/security-headers");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // These ship ESM only (marked, and sanitize-html's parser); listing them makes next/jest
  // compile them for the tests, which load modules as CommonJS.
  transpilePackages: [
    "marked",
    "htmlparser2",
    "domhandler",
    "domutils",
    "dom-serializer",
    "domelementtype",
    "entities",
  ],
  // Lets several developers (or test runs) build side by side in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: {
    // Product pictures are our own SVG illustrations, served as static files.
    dangerouslyAllowSVG: true,
    contentDispositionType: "attachment",
    contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; sandbox;",
  },
  // Security headers on every response (the page CSP with its nonce comes from proxy.ts).
  async headers() {
    return securityHeaders();
  },
};

/** Site-wide headers (lib/http/security-headers.js); see docs/decisions/*-staff-auth.md. */
function securityHeaders() {
  return [
    { source: "/:path*", headers: commonSecurityHeaders(process.env.NODE_ENV === "production") },
    { source: "/api/:path*", headers: [API_CONTENT_SECURITY_POLICY] },
    ...ISOLATED_PAGE_SOURCES.map((source) => ({ source, headers: [CROSS_ORIGIN_OPENER_POLICY] })),
  ];
}

module.exports = nextConfig;
