import { SESSION_ABSOLUTE_MS } from "./session-policy";

// The staff session cookie. Under HTTPS (and always in production) it is `__Host-` prefixed and
// Secure: the browser then refuses it unless it was set over HTTPS, for Path=/, with no Domain,
// so a sibling subdomain can't plant or overwrite it. Plain-HTTP development on localhost can't
// use that prefix, so it gets a plain name; the two names are never both accepted in one mode.

export const SECURE_COOKIE_NAME = "__Host-staff_session";
export const PLAIN_COOKIE_NAME = "staff_session";

export type CookieMode = { secure: boolean };

/** Secure when the request came over HTTPS (directly or via a TLS proxy) or in production. */
export function cookieModeFor(headers: Headers, url: string | URL, production: boolean): CookieMode {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const protocol = new URL(url).protocol;
  return { secure: production || forwarded === "https" || protocol === "https:" };
}

export function sessionCookieName(mode: CookieMode): string {
  return mode.secure ? SECURE_COOKIE_NAME : PLAIN_COOKIE_NAME;
}

export type SessionCookie = {
  name: string;
  value: string;
  httpOnly: true;
  secure: boolean;
  sameSite: "lax";
  path: "/";
  maxAge: number;
};

/** The cookie that carries a new session's token. */
export function sessionCookie(mode: CookieMode, token: string): SessionCookie {
  return {
    name: sessionCookieName(mode),
    value: token,
    httpOnly: true,
    secure: mode.secure,
    // Lax, not Strict: a staff member following a link to /admin from an email stays signed in.
    // Cross-site writes are refused separately (see same-origin.ts).
    sameSite: "lax",
    path: "/",
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  };
}

/** Overwrites the cookie with an expired empty one. */
export function clearedSessionCookie(mode: CookieMode): SessionCookie {
  return { ...sessionCookie(mode, ""), maxAge: 0 };
}
