/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // marked ships ESM only; listing it here also makes next/jest compile it for the tests.
  transpilePackages: ["marked"],
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
