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
};

module.exports = nextConfig;
