/**
 * True for /admin and everything under it, in any spelling the router might also accept
 * (percent-encoded, upper case, doubled slashes, dot segments, .rsc suffixes), except the
 * sign-in page. Errs towards "protected": a false positive only costs a redirect.
 */
export function isProtectedAdminPath(rawPathname: string): boolean {
  const pathname = normalize(rawPathname);
  if (!/^\/admin(?![a-z0-9_-])/.test(pathname)) return false;
  return !/^\/admin\/login(?![a-z0-9_-])/.test(pathname) || /\/\.\.?(?:\/|$)/.test(rawPathname);
}

function normalize(raw: string): string {
  let path = raw;
  // Decode until stable (a few rounds), so %2561 → %61 → a.
  for (let round = 0; round < 3; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      break; // malformed escapes: judge what we have; the router rejects it anyway
    }
    if (decoded === path) break;
    path = decoded;
  }
  path = path.replace(/\\/g, "/").replace(/\/{2,}/g, "/");
  try {
    path = new URL(path, "http://normalize.invalid").pathname; // resolves ./ and ../
  } catch {
    // keep the collapsed form
  }
  return path.toLowerCase();
}
