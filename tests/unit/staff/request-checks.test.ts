import { checkSameOrigin } from "@/lib/http/same-origin";
import { clientIp } from "@/lib/staff/client-ip";
import { cookieModeFor, sessionCookie, sessionCookieName } from "@/lib/staff/session-cookie";
import { loginSchema } from "@/lib/staff/login-schema";

describe("request checks for staff routes", () => {
  it("accepts same-origin requests and refuses foreign, null and cross-site ones", () => {
    const check = (headers: Record<string, string>, host = "shop.example") =>
      checkSameOrigin(new Headers({ host, ...headers })).ok;
    expect(check({ origin: "https://shop.example", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(check({ "sec-fetch-site": "none" })).toBe(true); // typed into the address bar
    expect(check({})).toBe(true); // not a browser: it can't carry a victim's cookie
    expect(check({ origin: "https://evil.example" })).toBe(false);
    expect(check({ origin: "null" })).toBe(false);
    expect(check({ origin: "not a url" })).toBe(false);
    expect(check({ "sec-fetch-site": "cross-site" })).toBe(false);
    expect(check({ "sec-fetch-site": "same-site" })).toBe(false);
    expect(check({ origin: "https://shop.example.evil.example" })).toBe(false);
  });

  it("takes the client address from the last X-Forwarded-For hop, and nothing else the client sends", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers())).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.1" }))).toBe("unknown");
  });

  it("names and flags the cookie by transport: __Host- and Secure under HTTPS or in production", () => {
    expect(sessionCookieName(cookieModeFor(new Headers(), "https://shop.example/", false))).toBe(
      "__Host-staff_session",
    );
    expect(sessionCookieName(cookieModeFor(new Headers(), "http://localhost:3000/", false))).toBe("staff_session");
    const cookie = sessionCookie(cookieModeFor(new Headers(), "http://localhost:3000/", true), "token");
    expect(cookie).toEqual({
      name: "__Host-staff_session",
      value: "token",
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      path: "/",
      maxAge: 43_200,
    });
  });

  it("normalises sign-in emails and caps password length", () => {
    expect(loginSchema.parse({ email: "  Ann@Example.COM ", password: "x" }).email).toBe("ann@example.com");
    expect(loginSchema.safeParse({ email: "ann@example.com", password: "x".repeat(257) }).success).toBe(false);
    expect(loginSchema.safeParse({ email: "ann@example.com", password: "x", extra: 1 }).success).toBe(false);
  });
});
