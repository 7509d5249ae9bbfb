import "server-only";
import { cookies, headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { clientIp } from "./client-ip";
import { cookieModeFor, sessionCookieName, type CookieMode } from "./session-cookie";

export type StaffRequestContext = { token: string | undefined; ip: string; headers: Headers; mode: CookieMode };

/** Cookie, address and headers of the current page render or Server Action. */
export async function readRequestContext(): Promise<StaffRequestContext> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const requestHeaders = new Headers(headerList);
  // Only the scheme matters here, and headers() carry none: never build a URL from the Host
  // header, which a client can fill with anything ("a b" made this throw, a 500 on every admin page).
  const mode = cookieModeFor(requestHeaders, "http://localhost/", getEnv().NODE_ENV === "production");
  return {
    token: cookieStore.get(sessionCookieName(mode))?.value,
    ip: clientIp(requestHeaders),
    headers: requestHeaders,
    mode,
  };
}
