/** Plain path and query characters only: no scheme, host, backslash, fragment or whitespace. */
const PLAIN = /^\/admin(?:[/?][A-Za-z0-9\-._~/?=&%]*)?$/;
/** What must not be left once the path is decoded: a second encoding, separators, controls. */
const UNSAFE_DECODED = /[%\\?#\u0000-\u001f\u007f]|\/\//;

/**
 * Where to go after sign-in: an /admin path from the form, never another site (open redirect) and
 * never a path that leaves /admin once the browser or server decodes and resolves it
 * (`/admin/.%2e/%2e%2e/x`). The path is decoded once, dot segments are resolved as a URL parser
 * would, and the result must still be /admin or below it. Returns the resolved path.
 */
export function safeNextPath(value: unknown): `/${string}` {
  if (typeof value !== "string" || value.length > 2048 || !PLAIN.test(value) || value.includes("//")) return "/admin";
  const queryAt = value.indexOf("?");
  const [rawPath, query] = queryAt === -1 ? [value, ""] : [value.slice(0, queryAt), value.slice(queryAt)];
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return "/admin"; // invalid percent-encoding
  }
  if (UNSAFE_DECODED.test(decoded)) return "/admin";
  const path = new URL(decoded, "http://resolve.invalid").pathname;
  if ((path !== "/admin" && !path.startsWith("/admin/")) || path.startsWith("/admin/login")) return "/admin";
  // A URL's pathname always starts with "/", and it was checked to start with /admin.
  return `${path}${query}` as `/${string}`;
}
