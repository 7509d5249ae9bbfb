import fs from "node:fs";
import path from "node:path";

// The `route` label of the request metrics: the app's route pattern a path matched
// ("/shoes/[slug]"), never the path itself, so the number of series stays fixed however many
// products, ids or junk URLs are requested (decision 0018). The patterns come from the build's
// routes manifest, in Next's own matching order; anything else gets one of a few fixed labels.

type RoutesManifest = {
  staticRoutes?: { page: string }[];
  dynamicRoutes?: { page: string; regex: string }[];
};

/** Paths the production server answers itself, before Next. */
const OWN_ROUTES = new Set(["/healthz", "/readyz", "/metrics"]);

export type RouteLabeler = (pathname: string) => string;

/** Reads `<distDir>/routes-manifest.json` and the public folder's top-level names once. */
export function loadRouteLabeler(appDir: string, distDir: string): RouteLabeler {
  let manifest: RoutesManifest = {};
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(appDir, distDir, "routes-manifest.json"), "utf8"));
  } catch {
    // No build to read (or an unreadable one): every page is "other", the metrics still work.
  }
  let publicEntries: string[] = [];
  try {
    publicEntries = fs.readdirSync(path.join(appDir, "public"));
  } catch {
    // No public folder.
  }
  return createRouteLabeler(manifest, publicEntries);
}

export function createRouteLabeler(manifest: RoutesManifest, publicEntries: readonly string[] = []): RouteLabeler {
  const staticRoutes = new Set((manifest.staticRoutes ?? []).map((route) => route.page));
  const dynamicRoutes = (manifest.dynamicRoutes ?? []).map((route) => ({
    page: route.page,
    regex: new RegExp(route.regex),
  }));
  const publicNames = new Set(publicEntries);
  return (pathname) => {
    if (OWN_ROUTES.has(pathname)) return pathname;
    if (pathname.startsWith("/_next/")) {
      if (pathname.startsWith("/_next/static/")) return "/_next/static";
      if (pathname.startsWith("/_next/image")) return "/_next/image";
      return "/_next";
    }
    const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
    if (staticRoutes.has(trimmed)) return trimmed;
    for (const route of dynamicRoutes) if (route.regex.test(pathname)) return route.page;
    const first = pathname.split("/")[1] ?? "";
    if (publicNames.has(first)) return "public file";
    return "other";
  };
}
