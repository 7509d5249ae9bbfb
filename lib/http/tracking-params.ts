// Query parameters that ad networks and mailing tools add to links into the store. They say where
// a visitor came from and never what the page should show, so pages ignore them without a word
// (listing-query.ts) and the page cache keeps one copy of a page whatever they are
// (lib/page-cache/strip-tracking-params.ts). Client-safe: the listing's parser runs in the browser too.

const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "utm_term",
  "utm_content",
  "gclid",
  "fbclid",
  "msclkid",
  "mc_cid",
  "mc_eid",
]);

export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAMS.has(name);
}
