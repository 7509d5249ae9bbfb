import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

// Review F13: the page cache hands one render's headers to every later visitor, so a page's CSP
// must not depend on what the visitor sent. upgrade-insecure-requests follows SITE_URL alone.

function cspFor(siteUrl: string | undefined, url: string, headers: Record<string, string> = {}): string {
  const previous = process.env.SITE_URL;
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
  try {
    return proxy(new NextRequest(url, { headers })).headers.get("content-security-policy") ?? "";
  } finally {
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
  }
}

describe("proxy.ts upgrade-insecure-requests", () => {
  it("ignores a client's X-Forwarded-Proto (and the scheme Next derives from it) on a plain-HTTP site", () => {
    for (const siteUrl of ["http://shop.example", undefined]) {
      expect(cspFor(siteUrl, "http://shop.example/shoes", { "x-forwarded-proto": "https" })).not.toContain(
        "upgrade-insecure-requests",
      );
      expect(cspFor(siteUrl, "https://shop.example/shoes")).not.toContain("upgrade-insecure-requests");
    }
  });

  it("upgrades on an https site whatever the request says (the TLS proxy in front speaks http to us)", () => {
    expect(cspFor("https://shop.example", "http://10.0.0.5:3000/shoes")).toContain("upgrade-insecure-requests");
    expect(cspFor("https://shop.example", "http://10.0.0.5:3000/shoes", { "x-forwarded-proto": "http" })).toContain(
      "upgrade-insecure-requests",
    );
  });
});
