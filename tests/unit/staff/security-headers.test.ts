import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { buildContentSecurityPolicy } from "@/lib/http/content-security-policy";

// Case 24 (headers): CSP with a per-request nonce on pages, frame-ancestors 'none', nosniff,
// Referrer-Policy, and HSTS in production on every response.

describe("security headers", () => {
  it("proxy.ts gives every page a fresh nonce in a strict CSP, and passes it on to Next's renderer", () => {
    const first = proxy(new NextRequest("http://localhost/shoes/some-shoe"));
    const second = proxy(new NextRequest("http://localhost/shoes/some-shoe"));
    const csp = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toHaveLength(24); // 16 random bytes, base64
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // NextResponse.next({ request: { headers } }) hands the nonce to the render as request headers.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("only adds 'unsafe-eval' in development and upgrade-insecure-requests under HTTPS", () => {
    expect(buildContentSecurityPolicy({ nonce: "n", dev: true, https: false })).toContain("'unsafe-eval'");
    expect(buildContentSecurityPolicy({ nonce: "n", dev: false, https: true })).toContain("upgrade-insecure-requests");
    expect(buildContentSecurityPolicy({ nonce: "n", dev: false, https: false })).not.toContain(
      "upgrade-insecure-requests",
    );
  });

  it("next.config.js sends nosniff, Referrer-Policy, X-Frame-Options everywhere, a locked CSP on /api, and HSTS only in production", async () => {
    const load = async (nodeEnv: string) => {
      const previous = process.env.NODE_ENV;
      Object.assign(process.env, { NODE_ENV: nodeEnv });
      try {
        type Config = { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
        const loaded: { config?: Config } = {};
        jest.isolateModules(() => {
          loaded.config = jest.requireActual<Config>("../../../next.config.js");
        });
        return await (loaded.config as Config).headers();
      } finally {
        Object.assign(process.env, { NODE_ENV: previous });
      }
    };
    const production = await load("production");
    const all = Object.fromEntries(
      (production.find((rule) => rule.source === "/:path*")?.headers ?? []).map((header) => [header.key, header.value]),
    );
    expect(all).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Strict-Transport-Security": expect.stringMatching(/^max-age=(\d+)/),
    });
    expect(Number(/max-age=(\d+)/.exec(all["Strict-Transport-Security"] as string)?.[1])).toBeGreaterThanOrEqual(
      31_536_000,
    );
    const api = production.find((rule) => rule.source === "/api/:path*")?.headers[0];
    expect(api).toEqual({ key: "Content-Security-Policy", value: expect.stringContaining("frame-ancestors 'none'") });
    // Cross-Origin-Opener-Policy only on pages with personal data or staff tools (decision 0012).
    expect(all).not.toHaveProperty("Cross-Origin-Opener-Policy");
    const isolated = production.filter((rule) =>
      rule.headers.some((header) => header.key === "Cross-Origin-Opener-Policy" && header.value === "same-origin"),
    );
    expect(isolated.map((rule) => rule.source).sort()).toEqual(["/admin/:path*", "/checkout/:path*", "/orders/:path*"]);
    const development = await load("development");
    expect(JSON.stringify(development)).not.toContain("Strict-Transport-Security");
  });
});
