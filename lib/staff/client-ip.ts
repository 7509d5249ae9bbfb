/**
 * The client address for the per-IP login limit. Next's server sets X-Forwarded-For only when the
 * client didn't send one, and a reverse proxy appends the address it saw, so the last entry is
 * the one a trusted hop wrote. Without a proxy a client can choose this value, which is why the
 * per-account limit doesn't depend on it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  return (last ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}
