import { getEnv } from "@/lib/env";

/** The store's public origin, for absolute URLs (sitemap, Open Graph, JSON-LD). */
export function siteOrigin(): string {
  const { SITE_URL } = getEnv();
  return (SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export function storeName(): string {
  return getEnv().STORE_NAME;
}
