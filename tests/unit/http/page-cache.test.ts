import { cacheablePage } from "@/lib/page-cache/cacheable-request";
import { coalesceReads } from "@/lib/coalesce-reads";
import { PageStore, type StoredPage } from "@/lib/page-cache/page-store";

const page = (version: string, body = "x"): StoredPage => ({ version, status: 200, headers: {}, body, nonce: "n" });
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("cacheablePage", () => {
  const isCacheable = (request: Parameters<typeof cacheablePage>[0]) => cacheablePage(request) !== null;

  it.each([
    "/",
    "/shoes",
    "/shoes?width=4E&range=men",
    "/shoes/harbour-walk",
    "/collections/wide-fits",
    "/articles",
    "/articles/measuring-your-feet",
  ])("takes a first-time visitor's GET %s", (url) => expect(isCacheable(get(url))).toBe(true));

  it.each([
    "/fit",
    "/fit/results",
    "/cart",
    "/checkout/success",
    "/admin",
    "/admin/products",
    "/api/products",
    "/robots.txt",
    "/sitemap.xml",
    "/shoes/a/b",
    "/shoes/",
    "/orders/x",
  ])("leaves %s to Next", (url) => expect(isCacheable(get(url))).toBe(false));

  it("leaves other methods, client navigations, prefetches and Server Actions to Next", () => {
    expect(isCacheable({ method: "HEAD", url: "/shoes", headers: {} })).toBe(false);
    expect(isCacheable({ method: "POST", url: "/shoes", headers: {} })).toBe(false);
    expect(isCacheable(get("/shoes", { rsc: "1" }))).toBe(false);
    expect(isCacheable(get("/shoes?_rsc=abc12"))).toBe(false);
    expect(isCacheable(get("/shoes", { "next-router-prefetch": "1" }))).toBe(false);
    expect(isCacheable(get("/shoes", { "next-action": "abc" }))).toBe(false);
  });

  it("names the shopper's cart, so the page can be the one made for its count of pairs", () => {
    const cartId = "A".repeat(16) + "b-_9".repeat(4);
    expect(cacheablePage(get("/shoes?page=2"))).toEqual({ url: "/shoes?page=2", cartId: null });
    expect(cacheablePage(get("/shoes", { cookie: `theme=dark; cart_id=${cartId}` }))).toEqual({
      url: "/shoes",
      cartId,
    });
    // Cookies that aren't ours don't change the page.
    expect(cacheablePage(get("/shoes", { cookie: "theme=dark; my_cart_id=1" }))).toEqual({
      url: "/shoes",
      cartId: null,
    });
    // Odd cart cookies are left to Next: not our id's shape, URL-encoded, or two of them.
    expect(cacheablePage(get("/shoes", { cookie: "cart_id=abc" }))).toBeNull();
    expect(
      cacheablePage(get("/shoes", { cookie: `cart_id=${encodeURIComponent(cartId.slice(0, 31) + "+")}` })),
    ).toBeNull();
    expect(cacheablePage(get("/shoes", { cookie: `cart_id=${cartId}; cart_id=${cartId}` }))).toBeNull();
  });

  it("leaves staff to Next, whatever other cookies they carry", () => {
    expect(isCacheable(get("/", { cookie: "staff_session=t" }))).toBe(false);
    expect(isCacheable(get("/shoes", { cookie: "cart_id=x; __Host-staff_session=t" }))).toBe(false);
  });
});

describe("PageStore", () => {
  it("answers a page only for the version it was rendered from, and drops an outdated one", () => {
    const store = new PageStore({ maxEntries: 10, maxBytes: 1_000 });
    store.set("/shoes", page("1:1"));
    expect(store.get("/shoes", "1:1")?.version).toBe("1:1");
    expect(store.get("/shoes", "2:1")).toBeUndefined();
    expect(store.size).toBe(0);
    // Gone for good: the older version doesn't come back either.
    expect(store.get("/shoes", "1:1")).toBeUndefined();
  });

  it("evicts the least recently used page past its entry and byte limits", () => {
    const store = new PageStore({ maxEntries: 2, maxBytes: 10 });
    store.set("/a", page("v", "aaaa"));
    store.set("/b", page("v", "bbbb"));
    store.get("/a", "v"); // /a is now the most recently used
    store.set("/c", page("v", "cccc"));
    expect([store.get("/a", "v")?.body, store.get("/b", "v"), store.get("/c", "v")?.body]).toEqual([
      "aaaa",
      undefined,
      "cccc",
    ]);

    store.set("/big", page("v", "0123456789"));
    expect(store.size).toBe(1);
    store.set("/too-big", page("v", "0123456789+"));
    expect(store.get("/too-big", "v")).toBeUndefined();
  });

  it("keeps a page with an empty body", () => {
    const store = new PageStore({ maxEntries: 2, maxBytes: 10 });
    store.set("/empty", page("v", ""));
    expect(store.get("/empty", "v")?.body).toBe("");
  });
});

describe("coalesceReads", () => {
  it("never answers a caller with a read that started before it asked, and shares reads between waiting callers", async () => {
    const releases: ((value: number) => void)[] = [];
    let started = 0;
    const read = coalesceReads(() => {
      started += 1;
      return new Promise<number>((resolve) => releases.push(resolve));
    });
    const first = read();
    const second = read();
    const third = read();
    expect(started).toBe(1);
    releases[0]?.(1);
    expect(await first).toBe(1);
    // The second and third asked while read 1 ran, so they share read 2, which starts now.
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toBe(2);
    releases[1]?.(2);
    expect([await second, await third]).toEqual([2, 2]);
  });

  it("passes a failed read's error to its callers and recovers on the next", async () => {
    let fail = true;
    const read = coalesceReads(async () => {
      if (fail) throw new Error("database down");
      return 7;
    });
    await expect(read()).rejects.toThrow("database down");
    fail = false;
    expect(await read()).toBe(7);
  });
});
