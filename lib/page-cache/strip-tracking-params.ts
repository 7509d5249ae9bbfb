import { isTrackingParam } from "@/lib/http/tracking-params";

/**
 * The request URL (path and query) without tracking parameters (utm_*, gclid, ...). The other
 * parameters are kept byte for byte and in order, so a URL without tracking parameters comes
 * back unchanged and keeps its own cache entry.
 */
export function stripTrackingParams(url: string): string {
  const queryAt = url.indexOf("?");
  if (queryAt === -1) return url;
  const pairs = url.slice(queryAt + 1).split("&");
  const kept = pairs.filter((pair) => !isTrackingParam(paramName(pair)));
  if (kept.length === pairs.length) return url;
  const path = url.slice(0, queryAt);
  return kept.length === 0 ? path : `${path}?${kept.join("&")}`;
}

/** The decoded name of one `name=value` pair, as URLSearchParams (and so Next) would read it. */
function paramName(pair: string): string {
  const at = pair.indexOf("=");
  return new URLSearchParams(`${at === -1 ? pair : pair.slice(0, at)}=`).keys().next().value ?? "";
}
