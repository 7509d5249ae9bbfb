import { parseListingQueryLeniently } from "@/lib/catalog/listing-query";
import { cacheablePage } from "@/lib/page-cache/cacheable-request";
import { stripTrackingParams } from "@/lib/page-cache/strip-tracking-params";

// Links from ads and newsletters carry tracking parameters. A page looks the same with or
// without them, so the cache keeps one copy and the listing says nothing about them.

const TRACKING =
  "utm_source=news&utm_medium=email&utm_campaign=spring&utm_term=wide&utm_content=a&gclid=G1&fbclid=F1&msclkid=M1&mc_cid=C1&mc_eid=E1";

describe("stripTrackingParams", () => {
  it.each([
    ["/shoes?utm_source=x&gclid=y", "/shoes"],
    [`/?${TRACKING}`, "/"],
    ["/shoes?width=4E&utm_source=x&range=men&fbclid=z", "/shoes?width=4E&range=men"],
    ["/shoes/harbour-walk?mc_eid=abc123", "/shoes/harbour-walk"],
    // Names are decoded as Next decodes them; values don't matter.
    ["/shoes?utm%5Fsource=x&gclid", "/shoes"],
    ["/shoes?gclid=&size=9", "/shoes?size=9"],
  ])("%s is kept as %s", (url, key) => expect(stripTrackingParams(url)).toBe(key));

  it.each([
    "/shoes",
    "/shoes?",
    "/shoes?width=4E&range=men",
    "/shoes?range=men&width=4E",
    "/shoes?q=a+b%20c&&x",
    "/shoes?UTM_SOURCE=x",
    "/shoes?utm_id=1",
    "/shoes?my_gclid=1",
  ])("leaves %s as it is", (url) => expect(stripTrackingParams(url)).toBe(url));
});

describe("cacheablePage with tracking parameters", () => {
  const get = (url: string, cookie?: string) => ({ method: "GET", url, headers: cookie ? { cookie } : {} });

  it("keys a page with tracking parameters like the page without them", () => {
    expect(cacheablePage(get("/shoes?utm_source=x&gclid=y"))).toEqual({ url: "/shoes", cartId: null });
    expect(cacheablePage(get(`/shoes?range=men&${TRACKING}`))).toEqual({ url: "/shoes?range=men", cartId: null });
    const cartId = "A".repeat(16) + "b-_9".repeat(4);
    expect(cacheablePage(get("/shoes?fbclid=1", `cart_id=${cartId}`))).toEqual({ url: "/shoes", cartId });
  });

  it("still leaves client navigations to Next", () => {
    expect(cacheablePage(get("/shoes?utm_source=x&_rsc=abc"))).toBeNull();
  });
});

describe("the listing's ignored-filters notice", () => {
  it("drops tracking parameters without naming them", () => {
    const params = Object.fromEntries(new URLSearchParams(`width=4E&${TRACKING}`));
    expect(parseListingQueryLeniently(params)).toEqual({
      query: { width: "4E", sort: "featured", page: 1 },
      ignored: [],
    });
  });

  it("still names parameters it doesn't know", () => {
    expect(parseListingQueryLeniently({ utm_source: "x", colour: "red", width: "ZZ" }).ignored.sort()).toEqual([
      "colour",
      "width",
    ]);
  });
});
