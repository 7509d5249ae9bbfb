/**
 * Whether an Accept-Encoding header allows gzip (RFC 9110 §12.5.3): `gzip` (or `x-gzip`) with a
 * q-value above 0, or else `*` above 0 when gzip isn't named. "gzip;q=0" is a refusal, not an
 * offer. An element with an unreadable q-value is skipped; without gzip the page goes uncompressed,
 * which every client accepts.
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  let gzip: number | undefined;
  let any: number | undefined;
  for (const element of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [coding = "", ...params] = element.split(";").map((part) => part.trim().toLowerCase());
    const q = qValue(params);
    if (q === null) continue;
    if (coding === "gzip" || coding === "x-gzip") gzip = Math.max(gzip ?? 0, q);
    else if (coding === "*") any = Math.max(any ?? 0, q);
  }
  return (gzip ?? any ?? 0) > 0;
}

/** The element's q (1 when absent), or null when it isn't a valid qvalue. */
function qValue(params: string[]): number | null {
  const q = params.find((param) => /^q\s*=/.test(param));
  if (q === undefined) return 1;
  const value = q.slice(q.indexOf("=") + 1).trim();
  return /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number(value) : null;
}
