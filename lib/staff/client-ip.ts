/**
 * The client address for the login limits. The production server (scripts/serve.ts) replaces
 * X-Forwarded-For with the one address it worked out from the connection and the configured
 * TRUSTED_PROXIES (lib/http/resolve-client-address.ts), so a client can't choose it. Outside that
 * server Next sets the header from the connection when the client sent none; taking the last
 * entry keeps to what the nearest hop wrote.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  return (last ?? "unknown").slice(0, 64);
}
