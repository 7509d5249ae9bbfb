/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // These ship ESM only (marked, and sanitize-html's parser); listing them makes next/jest
  // compile them for the tests, which load modules as CommonJS.
  transpilePackages: ["marked", "htmlparser2", "domhandler", "domutils", "dom-serializer", "domelementtype", "entities"],
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

/** Site-wide headers; see docs/decisions/*-staff-auth.md. */
function securityHeaders() {
  const common = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // Browsers ignore HSTS over plain HTTP, and a dev server must not pin localhost to HTTPS.
  if (process.env.NODE_ENV === "production") {
    common.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return [
    { source: "/:path*", headers: common },
    // JSON and files: nothing may run or be framed. Pages get theirs from proxy.ts.
    { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" }] },
  ];
}

module.exports = nextConfig;
