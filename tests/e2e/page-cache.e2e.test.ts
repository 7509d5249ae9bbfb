/** @jest-environment-options {"template":"seeded"} */
import http from "node:http";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatMoney } from "@/lib/money";
import { createScriptClient } from "../../scripts/lib/prisma-client";
import { startStoreServer, STORE_START_TIMEOUT_MS, type StoreServer } from "./support/store-server";
import { launchBrowser, openSession } from "./support/browser";

// The page cache in front of Next (scripts/serve.ts, decision 0008), against the production
// build in two processes: a page view is answered from the last render (for the same count of
// pairs in the cart) with a fresh CSP nonce, and a catalog or article edit makes the next view
// render again.

let db: PrismaClient;
let server: StoreServer | undefined;

beforeAll(async () => {
  db = createScriptClient(process.env.DATABASE_URL);
  // Two processes, as `npm start` runs on a two-core machine: each keeps its own cache, and an
  // edit must retire the pages of both.
  server = await startStoreServer({ env: { WEB_CONCURRENCY: "2" } });
}, STORE_START_TIMEOUT_MS);

afterAll(async () => {
  await Promise.allSettled([server?.stop(), db?.$disconnect()]);
}, 60_000);

type Answer = { status: number; cache: string | null; nonce: string; body: string; headers: Headers };

async function view(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch((server as StoreServer).url(path), {
    headers: { "accept-encoding": "identity", ...headers },
  });
  const body = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? "";
  return {
    status: response.status,
    cache: response.headers.get("x-page-cache"),
    nonce,
    body,
    headers: response.headers,
  };
}

/** Views a page until the cache answers it (the first view may render, the next keeps it). */
async function viewUntilHit(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  // Each process keeps its own copy, so a hit may take a view per process first.
  for (let attempt = 0; attempt < 6; attempt++) {
    const answer = await view(path, headers);
    expect(answer.status).toBe(200);
    if (answer.cache === "hit") return answer;
  }
  throw new Error(`${path} was never answered from the cache.`);
}

/** Every nonce attribute in the page. */
function nonceAttributes(body: string): string[] {
  return [...body.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1] as string);
}

it("answers a repeat page view from the cache with a fresh nonce on every answer, the same page otherwise", async () => {
  const path = "/shoes?width=4E&range=men";
  const first = await viewUntilHit(path);
  const second = await view(path);
  expect(second.cache).toBe("hit");
  expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(second.nonce).not.toBe(first.nonce);
  for (const answer of [first, second]) {
    // Next's scripts carry the nonce the CSP header allows, and nothing else does.
    expect(nonceAttributes(answer.body).length).toBeGreaterThan(3);
    expect(new Set(nonceAttributes(answer.body))).toEqual(new Set([answer.nonce]));
  }
  expect(second.body.split(second.nonce).join(first.nonce)).toBe(first.body);
  // The security headers come along.
  for (const header of ["x-content-type-options", "x-frame-options", "referrer-policy", "strict-transport-security"])
    expect(second.headers.get(header)).toBe(first.headers.get(header));
  expect(second.headers.get("x-frame-options")).toBe("DENY");
  // No Cross-Origin-Opener-Policy on the storefront; the staff sign-in page has it (decision 0012).
  expect(second.headers.get("cross-origin-opener-policy")).toBeNull();
  const signIn = await fetch((server as StoreServer).url("/admin/login"));
  await signIn.arrayBuffer();
  expect(signIn.headers.get("cross-origin-opener-policy")).toBe("same-origin");

  // Compressed for a client that accepts gzip, and the same page once unpacked.
  const zipped = await fetch((server as StoreServer).url(path), { headers: { "accept-encoding": "gzip" } });
  expect(zipped.headers.get("content-encoding")).toBe("gzip");
  expect(zipped.headers.get("x-page-cache")).toBe("hit");
  const zippedNonce = /'nonce-([^']+)'/.exec(zipped.headers.get("content-security-policy") ?? "")?.[1] ?? "";
  expect((await zipped.text()).split(zippedNonce).join(first.nonce)).toBe(first.body);
}, 60_000);

it("sends a fresh render gzipped to a visitor who accepts it, and keeps it for the next visitors", async () => {
  const path = "/shoes?range=women&sort=price-asc";
  // Every view until the first hit is a render, one per process at most, each sent packed.
  const renders: Answer[] = [];
  for (let attempt = 0; attempt < 6 && renders.at(-1)?.cache !== "hit"; attempt++) {
    const answer = await view(path, { "accept-encoding": "gzip" });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-encoding")).toBe("gzip");
    renders.push(answer);
  }
  const first = renders[0] as Answer;
  expect(first.cache).toBe("miss");
  expect(renders.at(-1)?.cache).toBe("hit");
  // What the cache kept is the page itself, unpacked: a plain view gets the same page.
  const plain = await view(path);
  expect(plain.cache).toBe("hit");
  expect(plain.headers.get("content-encoding")).toBeNull();
  expect(plain.body.split(plain.nonce).join(first.nonce)).toBe(first.body);
}, 60_000);

it("renders again after a price change and after an article edit, and keeps the new page", async () => {
  const product = await db.product.findFirstOrThrow({ where: { published: true }, orderBy: { slug: "asc" } });
  const path = `/shoes/${product.slug}`;
  const before = await viewUntilHit(path);
  expect(before.body).toContain(formatMoney(product.priceCents, product.currency));

  const newPrice = product.priceCents + 1_234;
  await db.product.update({ where: { id: product.id }, data: { priceCents: newPrice } });
  const after = await view(path);
  expect(after.cache).not.toBe("hit");
  expect(after.body).toContain(formatMoney(newPrice, product.currency));
  expect(after.body).not.toContain(formatMoney(product.priceCents, product.currency));
  expect((await viewUntilHit(path)).body).toContain(formatMoney(newPrice, product.currency));

  const article = await db.article.findFirstOrThrow({ where: { published: true }, orderBy: { slug: "asc" } });
  const articlePath = `/articles/${article.slug}`;
  expect((await viewUntilHit(articlePath)).body).toContain(article.title);
  const newTitle = `${article.title}, revised`;
  await db.article.update({ where: { id: article.id }, data: { title: newTitle } });
  const revised = await view(articlePath);
  expect(revised.cache).not.toBe("hit");
  expect(revised.body).toContain(newTitle);
  // The article list showed the old title too.
  expect((await viewUntilHit("/articles")).body).toContain(newTitle);
}, 60_000);

it("answers a shopper with a cart from the copy made for that many pairs, and never shows a stale count", async () => {
  const variant = await db.variant.findFirstOrThrow({
    where: { stock: { gt: 3 }, product: { published: true } },
    orderBy: { sku: "asc" },
  });
  const first = await addToCart(variant.sku, 1);
  const second = await addToCart(variant.sku, 1);

  const firstView = await viewUntilHit("/shoes", { cookie: first });
  expect(firstView.body).toContain(pairsInHeader(1));
  // Another shopper with one pair gets the same copy; the header says 1 pair for them too.
  const secondView = await viewUntilHit("/shoes", { cookie: second });
  expect(secondView.body).toContain(pairsInHeader(1));
  expect(secondView.body.split(secondView.nonce).join(firstView.nonce)).toBe(firstView.body);

  // One more pair: the next view shows 2, whether it is rendered or answered from a copy.
  await addToCart(variant.sku, 1, first);
  for (let attempt = 0; attempt < 3; attempt++)
    expect((await view("/shoes", { cookie: first })).body).toContain(pairsInHeader(2));
  expect((await view("/shoes", { cookie: second })).body).toContain(pairsInHeader(1));
  // And a visitor without a cart still sees none.
  expect((await viewUntilHit("/shoes")).body).toContain(pairsInHeader(0));
}, 60_000);

it("leaves staff, odd cart cookies, 404s, the JSON API and robots.txt to Next", async () => {
  await viewUntilHit("/shoes");
  for (const cookie of ["staff_session=whatever", "cart_id=not-a-cart-id"]) {
    const answer = await view("/shoes", { cookie });
    expect([cookie, answer.status, answer.cache]).toEqual([cookie, 200, null]);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const missing = await view("/shoes/no-such-shoe");
    expect([missing.status, missing.cache]).toEqual([404, "miss"]);
  }
  for (const path of ["/api/products", "/robots.txt", "/fit", "/cart"]) {
    for (let attempt = 0; attempt < 2; attempt++) expect([path, (await view(path)).cache]).toEqual([path, null]);
  }
}, 60_000);

it("answers a link with tracking parameters from the same copy as the page without them, and says nothing about them", async () => {
  const path = "/shoes?range=men&sort=newest";
  const tracked = `${path}&utm_source=newsletter&gclid=G-123&mc_eid=subscriber-42`;
  // The tracked link first: what is kept must not carry this visitor's ids to the next one.
  const first = await view(tracked);
  expect(first.status).toBe(200);
  const plain = await viewUntilHit(path);
  const trackedHit = await viewUntilHit(tracked);
  expect(trackedHit.body.split(trackedHit.nonce).join(plain.nonce)).toBe(plain.body);
  for (const answer of [first, plain, trackedHit]) {
    expect(answer.body).not.toMatch(/We ignored filters/);
    expect(answer.body).not.toMatch(/newsletter|G-123|subscriber-42|utm_source|gclid|mc_eid/);
  }
  // Pages Next renders itself (here for a staff cookie) skip them in the notice too, and still
  // name a filter they don't know.
  const rendered = await view("/shoes?colour=red&utm_source=x&fbclid=y", { cookie: "staff_session=whatever" });
  expect([rendered.status, rendered.cache]).toEqual([200, null]);
  expect(rendered.body).toMatch(/We ignored filters we didn.{1,6}t recognise: <!-- -->colour<!-- -->\./);
}, 60_000);

it("sends the page unpacked to a client that refuses gzip with q=0", async () => {
  const path = "/shoes?range=women&sort=newest";
  const plain = await viewUntilHit(path);
  for (const header of ["gzip;q=0", "gzip;q=0, *", "br;q=1, gzip;q=0.000"]) {
    const refused = await viewUntilHit(path, { "accept-encoding": header });
    expect([header, refused.headers.get("content-encoding")]).toEqual([header, null]);
    expect(refused.body.split(refused.nonce).join(plain.nonce)).toBe(plain.body);
  }
  const accepted = await viewUntilHit(path, { "accept-encoding": "gzip;q=0.5" });
  expect(accepted.headers.get("content-encoding")).toBe("gzip");
}, 60_000);

it("never passes one visitor's X-Forwarded-Proto CSP to later visitors (upgrade-insecure-requests follows SITE_URL)", async () => {
  const path = "/shoes?support=stability";
  // The page's first views carry the header, each on a new connection: the cluster hands
  // connections to the two processes in turn, so both render and keep the page from them.
  const forwarded: FreshAnswer[] = [];
  for (let attempt = 0; attempt < 6; attempt++)
    forwarded.push(await viewOnNewConnection(path, { "x-forwarded-proto": "https" }));
  expect(forwarded.filter((answer) => answer.cache === "miss").length).toBeGreaterThanOrEqual(1);
  const plain: FreshAnswer[] = [];
  for (let attempt = 0; attempt < 6; attempt++) plain.push(await viewOnNewConnection(path));
  // Every plain visitor got a copy rendered for a forwarded one...
  expect(plain.map((answer) => answer.cache)).toEqual(Array(6).fill("hit"));
  // ...and SITE_URL is http here, so nobody gets the upgrade, however the request says it came.
  for (const answer of [...forwarded, ...plain]) {
    expect(answer.status).toBe(200);
    expect(answer.csp).toContain("frame-ancestors 'none'");
    expect(answer.csp).not.toContain("upgrade-insecure-requests");
  }
}, 60_000);

type FreshAnswer = { status: number; cache: string | undefined; csp: string };

/** A plain-HTTP view on its own connection (fetch would reuse one, and so one process). */
function viewOnNewConnection(path: string, headers: Record<string, string> = {}): Promise<FreshAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      (server as StoreServer).url(path),
      { agent: false, headers: { "accept-encoding": "identity", ...headers } },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            cache: response.headers["x-page-cache"] as string | undefined,
            csp: String(response.headers["content-security-policy"] ?? ""),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}

/** The header's screen-reader text for the cart (components/cart/cart-link.tsx). */
function pairsInHeader(pairs: number): string {
  return `<span class="sr-only">, <!-- -->${pairs === 1 ? "1 pair" : `${pairs} pairs`}</span>`;
}

/** Adds pairs through the JSON API; returns the cart cookie ("cart_id=..."). */
async function addToCart(sku: string, quantity: number, cookie?: string): Promise<string> {
  const response = await fetch((server as StoreServer).url("/api/cart/items"), {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ sku, quantity }),
  });
  expect(response.status).toBe(201);
  return (
    cookie ??
    (response.headers
      .getSetCookie()
      .map((header) => header.split(";")[0] as string)
      .find((pair) => pair.startsWith("cart_id=")) as string)
  );
}

// The cache tells Next's client navigations from page views by the headers Next sends
// (cacheable-request.ts). If a Next upgrade renamed them, a click would get cached HTML where the
// router expects its RSC payload; this is the check CONTRIBUTING.md names for an upgrade.
it("leaves a real browser's client-side navigation to Next, even to a page the cache holds", async () => {
  await viewUntilHit("/shoes");
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openSession(browser);
    await page.goto((server as StoreServer).url("/articles"));
    const navigation = page.waitForResponse((response) => new URL(response.url()).pathname === "/shoes");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shoes" }).click();
    const answer = await navigation;
    expect([answer.headers()["x-page-cache"], answer.headers()["content-type"]]).toEqual([
      undefined,
      expect.stringContaining("text/x-component"),
    ]);
    await page.waitForURL((url) => url.pathname === "/shoes");
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
  }
}, 90_000);
