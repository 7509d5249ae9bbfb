/** @jest-environment-options {"template":"seeded"} */
import { parseCsv } from "@/lib/admin/csv/parse-csv";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insertStaffUser } from "@/lib/staff/insert-staff-user";
import { createScriptClient } from "../../scripts/lib/prisma-client";
import { startStoreServer, STORE_START_TIMEOUT_MS, type StoreServer } from "./support/store-server";

// Reliability case 27 (docs/reliability-cases.md) against the production build: two production
// servers (scripts/serve.ts) on one database, as behind a load balancer. Whatever one instance
// writes, the other sees on its next request: the guest cart, the staff session, the login failure
// count, and catalog edits (each instance keeps a catalog snapshot in memory, refreshed from the
// database's catalog version).

const OWNER = { email: "owner@two-instances.example", password: "correct horse battery staple" };
const TARGET = { email: "target@two-instances.example", password: "another long passphrase" };
const JSON_HEADERS = { "content-type": "application/json" };

let db: PrismaClient;
let a: StoreServer | undefined;
let b: StoreServer | undefined;

beforeAll(async () => {
  db = createScriptClient(process.env.DATABASE_URL);
  await insertStaffUser(db, { ...OWNER, role: "owner" }, { via: "cli" });
  await insertStaffUser(db, { ...TARGET, role: "staff" }, { via: "cli" });
  [a, b] = await Promise.all([startStoreServer(), startStoreServer()]);
}, STORE_START_TIMEOUT_MS);

afterAll(async () => {
  const results = await Promise.allSettled([a?.stop(), b?.stop(), db?.$disconnect()]);
  const failed = results.find((result) => result.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
}, 60_000);

const instances = () => ({ a: a as StoreServer, b: b as StoreServer });

/** "name=value" for a Set-Cookie the response carries, or throws. */
function cookieFrom(response: Response, name: string): string {
  const found = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] as string)
    .find((pair) => pair.startsWith(`${name}=`));
  if (!found || found === `${name}=`)
    throw new Error(`No ${name} cookie in ${response.status} response: ${response.headers.getSetCookie().join(" | ")}`);
  return found;
}

function login(server: StoreServer, credentials: { email: string; password: string }): Promise<Response> {
  return fetch(server.url("/api/admin/login"), {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify(credentials),
  });
}

/** Every listed product's price, as an instance's catalog snapshot has it. */
async function listedPrices(server: StoreServer): Promise<Map<string, number>> {
  const prices = new Map<string, number>();
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const response = await fetch(server.url(`/api/products?sort=newest&page=${page}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { products: { slug: string; priceCents: number }[]; pageCount: number };
    pageCount = body.pageCount;
    for (const product of body.products) prices.set(product.slug, product.priceCents);
  }
  return prices;
}

/** Text as React writes it into HTML. */
function asHtmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

/** RFC 4180 quoting only: the export's own formula guards are kept as they are, so the import undoes them. */
function toCsv(rows: string[][]): string {
  return (
    rows
      .map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(","))
      .join("\r\n") + "\r\n"
  );
}

it("continues a guest cart started on instance A on instance B", async () => {
  const { a, b } = instances();
  const [first, second] = await db.variant.findMany({
    where: { stock: { gt: 2 }, product: { published: true } },
    include: { product: true },
    orderBy: { sku: "asc" },
    distinct: ["productId"],
    take: 2,
  });
  if (!first || !second) throw new Error("The demo catalog needs two products in stock.");

  const onA = await fetch(a.url("/api/cart/items"), {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({ sku: first.sku, quantity: 1 }),
  });
  expect(onA.status).toBe(201);
  const cart = cookieFrom(onA, "cart_id");
  const onB = await fetch(b.url("/api/cart/items"), {
    method: "POST",
    headers: { ...JSON_HEADERS, cookie: cart },
    body: JSON.stringify({ sku: second.sku, quantity: 2 }),
  });
  expect(onB.status).toBe(201);
  // B used A's cart: it set no new cart cookie.
  expect(onB.headers.getSetCookie().filter((header) => header.startsWith("cart_id="))).toEqual([]);

  const viewed = await fetch(b.url("/api/cart"), { headers: { cookie: cart } });
  const body = (await viewed.json()) as { lines: { sku: string; quantity: number }[]; itemCount: number };
  expect(body.lines.map((line) => [line.sku, line.quantity]).sort()).toEqual(
    [
      [first.sku, 1],
      [second.sku, 2],
    ].sort(),
  );
  expect(body.itemCount).toBe(3);
  // And the cart page rendered by B shows both lines (and so does A's, from the same rows).
  for (const server of [b, a]) {
    const page = await (await fetch(server.url("/cart"), { headers: { cookie: cart } })).text();
    expect(page).toContain(asHtmlText(first.product.name));
    expect(page).toContain(asHtmlText(second.product.name));
  }
}, 60_000);

describe("staff", () => {
  let session = "";

  it("signs in on A and uses that session on B", async () => {
    const { a, b } = instances();
    const response = await login(a, OWNER);
    expect(response.status).toBe(200);
    // Production mode: the __Host- prefixed, Secure cookie (see lib/staff/session-cookie.ts).
    session = cookieFrom(response, "__Host-staff_session");

    const who = await fetch(b.url("/api/admin/session"), { headers: { cookie: session } });
    expect([who.status, await who.json()]).toEqual([200, { email: OWNER.email, role: "owner" }]);
    const dashboard = await fetch(b.url("/admin"), { headers: { cookie: session }, redirect: "manual" });
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain("Dashboard");
    // Control: without the cookie B sends the visitor to sign in.
    const signedOut = await fetch(b.url("/admin"), { redirect: "manual" });
    expect(signedOut.status).toBeGreaterThanOrEqual(300);
    expect(signedOut.status).toBeLessThan(400);
    expect(signedOut.headers.get("location")).toContain("/admin/login");
  }, 60_000);

  it("shows a catalog change written through A on B's next request", async () => {
    const { a, b } = instances();
    expect(session).not.toBe("");
    // B's snapshot is loaded (and A's), before the change.
    const before = await listedPrices(b);
    await listedPrices(a);
    const [slug, oldPrice] = [...before.entries()].sort()[0] as [string, number];
    const newPrice = oldPrice + 123;

    // The export comes from B, the edited file goes in through A: both with the session from A.
    const exported = await fetch(b.url("/api/admin/products/export"), { headers: { cookie: session } });
    expect(exported.status).toBe(200);
    const [header, ...rows] = parseCsv(await exported.text());
    const slugAt = (header as string[]).indexOf("product_slug");
    const priceAt = (header as string[]).indexOf("price");
    const mine = rows.filter((row) => row[slugAt] === slug);
    expect(mine.length).toBeGreaterThan(0);
    for (const row of mine) row[priceAt] = (newPrice / 100).toFixed(2);
    const imported = await fetch(a.url("/api/admin/products/import"), {
      method: "POST",
      headers: { "content-type": "text/csv", cookie: session },
      body: toCsv([header as string[], ...mine]),
    });
    expect([imported.status, await imported.json()]).toEqual([
      200,
      expect.objectContaining({ ok: true, productsUpdated: 1 }),
    ]);

    // B's very next request sees it: no waiting, no restart.
    expect((await listedPrices(b)).get(slug)).toBe(newPrice);
    expect((await listedPrices(a)).get(slug)).toBe(newPrice);
    expect((await db.product.findUniqueOrThrow({ where: { slug } })).priceCents).toBe(newPrice);
  }, 60_000);

  it("shares the login limit: 3 failures on A and 2 on B lock the account on both", async () => {
    const { a, b } = instances();
    const wrong = { email: TARGET.email, password: "not the password at all" };
    const failures = [];
    for (const server of [a, a, a, b, b]) failures.push((await login(server, wrong)).status);
    expect(failures).toEqual([401, 401, 401, 401, 401]);

    // The sixth attempt is refused on either instance, even with the right password.
    for (const server of [a, b]) {
      const blocked = await login(server, TARGET);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await blocked.json()).toMatchObject({ error: "too_many_attempts" });
      expect(
        blocked.headers
          .getSetCookie()
          .filter((header) => header.includes("staff_session=") && !header.includes("staff_session=;")),
      ).toEqual([]);
    }
    // The count lives in the database, and every attempt is in the audit log.
    expect(await db.loginAttempt.count({ where: { email: TARGET.email, success: false } })).toBe(5);
    expect(await db.loginAttempt.count({ where: { email: TARGET.email, success: true } })).toBe(0);
    const audit = await db.auditLog.findMany({
      where: { action: { in: ["login.failure", "login.blocked"] } },
      select: { action: true, after: true },
    });
    const forTarget = audit
      .filter((row) => (row.after as { email?: string } | null)?.email === TARGET.email)
      .map((row) => row.action);
    expect(forTarget.sort()).toEqual([
      "login.blocked",
      "login.blocked",
      "login.failure",
      "login.failure",
      "login.failure",
      "login.failure",
      "login.failure",
    ]);
  }, 60_000);
});

it("logged no errors on either instance", () => {
  const { a, b } = instances();
  for (const server of [a, b]) expect(server.errors()).not.toMatch(/Unhandled API error|⨯|\bError\b/);
});
