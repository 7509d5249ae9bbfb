const {
  commonSecurityHeaders,
  API_CONTENT_SECURITY_POLICY,
  ISOLATED_PAGE_SOURCES,
  CROSS_ORIGIN_OPENER_POLICY,
} = require("./lib/http/security-headers");

/**
 * pg-boss (the job queue, lib/job-queue) ships ESM only too, so Jest must compile it like the
 * packages below; but Next must not bundle it (it is loaded from node_modules at run time, one
 * instance per process, shared with the job runner), and Next refuses a package that is both
 * transpiled and external. So it is transpiled only under Jest, which sets NODE_ENV=test.
 */
const underJest = process.env.NODE_ENV === "test";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Links, router.push and redirect() only accept paths that exist under app/ (types generated
  // into <distDir>/types by `next typegen`, which `npm run typecheck` runs first).
  typedRoutes: true,
  // These ship ESM only (marked, sanitize-html's parser, pg-boss's serialize-error); listing
  // them makes next/jest compile them for the tests, which load modules as CommonJS.
  transpilePackages: [
    "marked",
    "htmlparser2",
    "domhandler",
    "domutils",
    "dom-serializer",
    "domelementtype",
    "entities",
    "serialize-error",
    "non-error",
    ...(underJest ? ["pg-boss"] : []),
  ],
  serverExternalPackages: underJest ? [] : ["pg-boss"],
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
