import { NextRequest } from "next/server";
import { StoreError } from "@/lib/errors/store-error";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { checkSameOrigin } from "@/lib/http/same-origin";
import { expectWarning } from "../../support/expect-warning";

// Review F11: one same-origin rule for every state-changing entry point (lib/http/same-origin.ts).

function withSiteUrl<T>(siteUrl: string | undefined, work: () => T): T {
  const previous = process.env.SITE_URL;
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
  try {
    return work();
  } finally {
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
  }
}

const passes = (headers: Record<string, string>, requestUrl?: string, siteUrl?: string) =>
  withSiteUrl(siteUrl, () => checkSameOrigin(new Headers({ host: "shop.example", ...headers }), requestUrl).ok);

describe("the same-origin rule", () => {
  it("lets same-origin browser requests and clients that send neither header through", () => {
    expect(passes({ origin: "https://shop.example", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(passes({ origin: "http://shop.example" })).toBe(true);
    expect(passes({ origin: "HTTPS://SHOP.EXAMPLE" })).toBe(true);
    expect(passes({ "sec-fetch-site": "none" })).toBe(true); // typed into the address bar
    expect(passes({})).toBe(true); // curl: it can't carry a victim's cookie
  });

  it("refuses cross-site and same-site Fetch Metadata, even without an Origin", () => {
    expect(passes({ "sec-fetch-site": "cross-site" })).toBe(false);
    expect(passes({ "sec-fetch-site": "same-site" })).toBe(false);
    expect(passes({ "sec-fetch-site": "same-site", origin: "https://shop.example" })).toBe(false);
    expect(passes({ "sec-fetch-site": "garbage" })).toBe(false);
  });

  it("refuses Origin: null, malformed origins and look-alikes", () => {
    for (const origin of [
      "null",
      "not a url",
      "https://shop.example.evil.example",
      "https://shop.example@evil.example",
      "https://evil@shop.example",
      "https://shop.example/",
      "https://shop.example:8443",
      "",
    ]) {
      expect([origin, passes({ origin })]).toEqual([origin, false]);
    }
  });

  it("never takes X-Forwarded-Host's word for the store's origin", () => {
    expect(passes({ origin: "https://evil.example", "x-forwarded-host": "evil.example" })).toBe(false);
    expect(
      passes({ origin: "https://evil.example", "x-forwarded-host": "evil.example", "sec-fetch-site": "same-origin" }),
    ).toBe(false);
  });

  it("accepts SITE_URL's origin and the request URL's origin besides the Host header's", () => {
    const internal = { host: "10.0.0.5:3000", origin: "https://shop.example" };
    expect(passes(internal)).toBe(false);
    expect(passes(internal, undefined, "https://shop.example/")).toBe(true);
    expect(passes(internal, "https://shop.example/api/cart/items")).toBe(true);
    expect(
      passes(
        { host: "10.0.0.5:3000", origin: "https://other.example" },
        "https://shop.example/api/cart/items",
        "https://shop.example",
      ),
    ).toBe(false);
  });
});

describe("assertSameOrigin (route handlers)", () => {
  it("throws a 403 cross_site_request StoreError and logs the refusal, or returns for our own pages", () => {
    const refused = expectWarning(/^Refused cross-site POST \/api\/cart\/items/);
    const foreign = new NextRequest("http://shop.example/api/cart/items", {
      method: "POST",
      headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
    });
    expect(() => assertSameOrigin(foreign)).toThrow(
      expect.objectContaining({ status: 403, code: "cross_site_request" }) as unknown as StoreError,
    );
    expect(refused).toHaveLength(1);
    const own = new NextRequest("http://shop.example/api/cart/items", {
      method: "POST",
      headers: { origin: "http://shop.example" },
    });
    expect(() => assertSameOrigin(own)).not.toThrow();
    expect(refused).toHaveLength(1);
  });
});
