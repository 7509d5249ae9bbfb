// Cross-site request check for state-changing admin requests (OWASP CSRF cheat sheet:
// Fetch Metadata first, Origin as the fallback). Route handlers get no CSRF protection from
// Next, and Server Actions let a request without Origin through, so both call this.

export type CrossSiteVerdict = { ok: true } | { ok: false; reason: string };

/**
 * `host` is the host the request was sent to (Host / X-Forwarded-Host). A request passes when
 * the browser says it is same-origin, or when its Origin names our host. `Origin: null`
 * (sandboxed frames, GHSA-mq59-m269-xvcx) and any other origin fail. A request with neither
 * header is a non-browser client (curl, tests), which can't carry a victim's cookie anyway,
 * except for the SameSite=Lax top-level form post, which always sends Origin.
 */
export function checkSameOrigin(headers: Headers, host: string | null): CrossSiteVerdict {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    return { ok: false, reason: `sec-fetch-site: ${fetchSite}` };
  }
  const origin = headers.get("origin");
  if (origin === null) return { ok: true };
  if (origin === "null") return { ok: false, reason: "origin: null" };
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { ok: false, reason: "origin: malformed" };
  }
  if (!host || originHost.toLowerCase() !== host.toLowerCase()) return { ok: false, reason: `origin: ${origin}` };
  return { ok: true };
}

/** The host the client addressed: the proxy's X-Forwarded-Host first, then Host. */
export function requestHost(headers: Headers, url?: string | URL): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host") || (url ? new URL(url).host : null);
}
