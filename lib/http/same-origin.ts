// The one cross-site rule for every state-changing entry point: the cart, checkout and admin
// route handlers, every Server Action, the quiz's safety-stop counter, and proxy.ts's refusal of
// cross-origin Server Actions. OWASP's CSRF cheat sheet: Fetch Metadata first, Origin as the
// fallback. Route handlers get no CSRF protection from Next, and Next lets a Server Action
// without Origin through, so each one asks this.

export type SameOriginVerdict = { ok: true } | { ok: false; reason: string };

/**
 * A request passes unless:
 * - Sec-Fetch-Site says cross-site or same-site (a sibling subdomain is another origin);
 * - Origin is "null" (sandboxed frames, GHSA-mq59-m269-xvcx), or anything other than the store's
 *   own origin: SITE_URL's, the request URL's (`requestUrl`, when there is one), or the one the
 *   Host header names. X-Forwarded-Host is never read: any client can send it.
 * A request with neither header is a non-browser client (curl, tests), which can't carry a
 * victim's cookie anyway, except in the SameSite=Lax top-level form post, which sends Origin.
 */
export function checkSameOrigin(headers: Headers, requestUrl?: string | URL): SameOriginVerdict {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") {
    return { ok: false, reason: `sec-fetch-site: ${fetchSite.slice(0, 40)}` };
  }
  const origin = headers.get("origin");
  if (origin === null) return { ok: true };
  // Browsers send the serialized origin (scheme://host[:port], lower case), so an exact match is
  // the whole test: "null", "https://shop.example@evil.example" and malformed values all fail it.
  if (!ownOrigins(headers, requestUrl).has(origin.toLowerCase()))
    return { ok: false, reason: `origin: ${origin.slice(0, 100)}` };
  return { ok: true };
}

function ownOrigins(headers: Headers, requestUrl: string | URL | undefined): Set<string> {
  const origins = new Set<string>();
  const add = (url: string) => {
    const origin = originOf(url);
    if (origin && origin !== "null") origins.add(origin);
  };
  // Read directly, not through getEnv(): proxy.ts asks this too, and must not need the rest of
  // the configuration. Unset, the Host header and the request URL name the store.
  if (process.env.SITE_URL) add(process.env.SITE_URL);
  if (requestUrl !== undefined) add(String(requestUrl));
  // Host is what the browser addressed, which a page on another site can't change. Either scheme:
  // behind a TLS proxy the app sees http, and a cross-scheme request is same-site for Fetch Metadata.
  const host = headers.get("host");
  if (host) for (const scheme of ["http", "https"]) add(`${scheme}://${host}`);
  return origins;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
