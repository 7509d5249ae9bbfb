/** /admin and below (any spelling the router would also accept), except the sign-in page. */
export function isProtectedAdminPath(rawPathname: string): boolean {
  let pathname = rawPathname;
  try {
    pathname = decodeURIComponent(rawPathname);
  } catch {
    // Malformed escapes: judge the raw path; the router will reject it anyway.
  }
  pathname = pathname.toLowerCase().replace(/\/{2,}/g, "/");
  if (!/^\/admin(?:$|[/.])/.test(pathname)) return false;
  return !/^\/admin\/login(?:$|[/.])/.test(pathname);
}
