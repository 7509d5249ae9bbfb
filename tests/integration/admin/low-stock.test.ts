/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import { getDb } from "@/lib/db";
import { parseCsv } from "@/lib/admin/csv/parse-csv";
import { listLowStock } from "@/lib/admin/catalog/list-low-stock";
import { parseLowStockFilters } from "@/lib/admin/catalog/low-stock-filters";
import { getDashboard } from "@/lib/admin/dashboard/get-dashboard";
import DashboardPage from "@/app/admin/(console)/page";
import LowStockPage from "@/app/admin/(console)/stock/page";
import { GET as exportLowStock } from "@/app/api/admin/stock/export/route";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { adminRequest, createStaff, signInCookie } from "./support";

// The low-stock list, its filters and its CSV download (issue #17): past the old 200-row cap, with
// the dashboard's counts as its totals, and the export behind the staff sign-in (case 20).

const actor = staffActorForTests({ userId: "x", email: "stock@example.com", role: "staff" });
const search = (value: Record<string, string> = {}) => ({ searchParams: Promise.resolve(value) });
const list = (params: Record<string, string>) => listLowStock(actor, parseLowStockFilters(params));
const SOLD_OUT = 140;
const LOW = 130;

let cookie = "";
let archivedSkus: string[] = [];

beforeAll(async () => {
  const db = getDb();
  await createStaff("stock@example.com");
  cookie = await signInCookie("stock@example.com");
  // Start from a known state: nothing low, then exactly SOLD_OUT sizes at 0 and LOW at 1 or 2.
  await db.variant.updateMany({ where: { stock: { lte: 2 } }, data: { stock: 10 } });
  const variants = await db.variant.findMany({
    where: { product: { archivedAt: null } },
    orderBy: { sku: "asc" },
    select: { id: true },
    take: SOLD_OUT + LOW,
  });
  const ids = variants.map((variant) => variant.id);
  await db.variant.updateMany({ where: { id: { in: ids.slice(0, SOLD_OUT) } }, data: { stock: 0 } });
  await db.variant.updateMany({ where: { id: { in: ids.slice(SOLD_OUT, SOLD_OUT + 70) } }, data: { stock: 1 } });
  await db.variant.updateMany({ where: { id: { in: ids.slice(SOLD_OUT + 70) } }, data: { stock: 2 } });
  // An archived shoe's empty sizes are counted nowhere.
  const archived = await db.product.findFirstOrThrow({
    where: { archivedAt: null, variants: { none: { id: { in: ids } } } },
    include: { variants: true },
  });
  await db.variant.updateMany({ where: { productId: archived.id }, data: { stock: 0 } });
  await db.product.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  archivedSkus = archived.variants.map((variant) => variant.sku);
});

beforeEach(() => mockRequest({ cookie, headers: SAME_ORIGIN_HEADERS }));

describe("the low-stock list", () => {
  it("pages past 200 rows, emptiest first, every size once, with totals equal to the dashboard's counts", async () => {
    const dashboard = await getDashboard(actor);
    expect(dashboard).toMatchObject({ lowStock: LOW, outOfStock: SOLD_OUT });
    expect((await list({ level: "out" })).total).toBe(dashboard.outOfStock);
    expect((await list({ level: "low" })).total).toBe(dashboard.lowStock);

    const first = await list({});
    expect(first.total).toBe(SOLD_OUT + LOW);
    expect(first.pageCount).toBe(Math.ceil((SOLD_OUT + LOW) / 50));
    const seen: { sku: string; stock: number }[] = [];
    for (let page = 1; page <= first.pageCount; page++) seen.push(...(await list({ page: String(page) })).variants);
    expect(seen).toHaveLength(SOLD_OUT + LOW);
    expect(new Set(seen.map((variant) => variant.sku)).size).toBe(SOLD_OUT + LOW);
    expect(seen.map((variant) => variant.stock)).toEqual(seen.map((variant) => variant.stock).sort((a, b) => a - b));
    expect(seen.filter((variant) => variant.stock === 0)).toHaveLength(SOLD_OUT);
    expect(seen.some((variant) => archivedSkus.includes(variant.sku))).toBe(false);
  });

  it("filters by level, brand, fit range and name or SKU search, each total matching the database", async () => {
    const db = getDb();
    const live = { product: { archivedAt: null } };
    const out = await list({ level: "out" });
    expect(out.variants.every((variant) => variant.stock === 0)).toBe(true);
    const low = await list({ level: "low" });
    expect(low.variants.every((variant) => variant.stock === 1 || variant.stock === 2)).toBe(true);

    const [sample] = (await list({})).variants;
    const product = await db.product.findUniqueOrThrow({ where: { id: sample!.product.id } });
    const byBrand = await list({ brand: product.brandId });
    expect(byBrand.total).toBe(
      await db.variant.count({
        where: { ...live, stock: { lte: 2 }, product: { archivedAt: null, brandId: product.brandId } },
      }),
    );
    expect(byBrand.total).toBeLessThan(SOLD_OUT + LOW);
    expect(
      byBrand.variants.every((variant) => variant.product.brand.name === byBrand.variants[0]!.product.brand.name),
    ).toBe(true);

    const women = await list({ range: "women" });
    expect(women.total).toBe(await db.variant.count({ where: { ...live, stock: { lte: 2 }, fitRange: "women" } }));
    expect(women.variants.every((variant) => variant.fitRange === "women")).toBe(true);

    const bySku = await list({ q: sample!.sku.toLowerCase() });
    expect(bySku.variants.map((variant) => variant.sku)).toContain(sample!.sku);
    expect(bySku.variants.every((variant) => variant.sku.toLowerCase().includes(sample!.sku.toLowerCase()))).toBe(true);

    const word = product.name.split(" ")[0]!.toUpperCase();
    const byName = await list({ q: word });
    expect(byName.total).toBe(
      await db.variant.count({
        where: {
          stock: { lte: 2 },
          product: { archivedAt: null },
          OR: [
            { sku: { contains: word, mode: "insensitive" } },
            { product: { name: { contains: word, mode: "insensitive" } } },
          ],
        },
      }),
    );
    expect(byName.total).toBeGreaterThan(0);
  });

  it("treats unusable query values as no filter or as matching nothing, never an error", async () => {
    expect((await list({ level: "everything", page: "-3", range: "kids" })).total).toBe(SOLD_OUT + LOW);
    expect(await list({ q: "bad\u0000byte" })).toEqual({ total: 0, pageCount: 1, variants: [] });
    expect((await list({ page: "999" })).variants).toEqual([]);
  });

  it("renders the page with its total, filters kept in the page links and the CSV link", async () => {
    const html = renderToStaticMarkup(await LowStockPage(search({ level: "out", page: "2" })));
    expect(html).toContain(`${SOLD_OUT} sizes`);
    expect(html).toContain(`Page 2 of ${Math.ceil(SOLD_OUT / 50)}`);
    expect(html).toContain('href="/admin/stock?level=out&amp;page=1"');
    expect(html).toContain('href="/api/admin/stock/export?level=out"');
    const empty = renderToStaticMarkup(await LowStockPage(search({ q: "no-such-shoe-anywhere" })));
    expect(empty).toContain("No size matches these filters.");
  });

  it("links the dashboard's counts to the list filtered the same way", async () => {
    const html = renderToStaticMarkup(await DashboardPage(search()));
    expect(html).toContain('href="/admin/stock?level=low"');
    expect(html).toContain('href="/admin/stock?level=out"');
  });
});

describe("the low-stock CSV export", () => {
  it("holds every size the filters pick, not capped, and no archived shoe's", async () => {
    const response = await exportLowStock(adminRequest("/api/admin/stock/export?level=both&page=3", { cookie }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="low-stock-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(["shoe", "brand", "published", "fit_range", "size", "width", "sku", "pairs", "level"]);
    expect(rows).toHaveLength(SOLD_OUT + LOW);
    expect(new Set(rows.map((row) => row[6])).size).toBe(SOLD_OUT + LOW);
    expect(rows.filter((row) => row[8] === "sold out")).toHaveLength(SOLD_OUT);
    expect(rows.some((row) => archivedSkus.includes(row[6]!))).toBe(false);

    const out = parseCsv(
      await (await exportLowStock(adminRequest("/api/admin/stock/export?level=out", { cookie }))).text(),
    );
    expect(out).toHaveLength(SOLD_OUT + 1);
    expect(out.slice(1).every((row) => row[7] === "0")).toBe(true);
  });

  it("reads past one batch of 1,000 rows", async () => {
    const db = getDb();
    await db.$executeRaw`UPDATE "Variant" SET "stock" = 0 WHERE "id" IN (SELECT v."id" FROM "Variant" v JOIN "Product" p ON p."id" = v."productId" WHERE p."archivedAt" IS NULL ORDER BY v."sku" DESC LIMIT 1200)`;
    const expected = (await list({ level: "out" })).total;
    expect(expected).toBeGreaterThan(1_000);
    const rows = parseCsv(
      await (await exportLowStock(adminRequest("/api/admin/stock/export?level=out", { cookie }))).text(),
    );
    expect(rows).toHaveLength(expected + 1);
    expect(new Set(rows.slice(1).map((row) => row[6])).size).toBe(expected);
  });

  it("guards cells that a spreadsheet would run as a formula", async () => {
    const db = getDb();
    const [variant] = (await list({ level: "out" })).variants;
    await db.product.update({ where: { id: variant!.product.id }, data: { name: '=HYPERLINK("http://x.test","y")' } });
    const text = await (
      await exportLowStock(adminRequest(`/api/admin/stock/export?q=${variant!.sku}`, { cookie }))
    ).text();
    const rows = parseCsv(text);
    expect(rows[1]?.[0]).toBe(`'=HYPERLINK("http://x.test","y")`);
  });

  it("answers 401 without a staff session, or with a revoked one, and sends no rows", async () => {
    const none = await exportLowStock(adminRequest("/api/admin/stock/export"));
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: "unauthorized" });
    await createStaff("revoked@example.com");
    const revoked = await signInCookie("revoked@example.com");
    const user = await getDb().staffUser.findUniqueOrThrow({ where: { email: "revoked@example.com" } });
    await getDb().staffSession.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    const answer = await exportLowStock(adminRequest("/api/admin/stock/export", { cookie: revoked }));
    expect(answer.status).toBe(401);
    expect(await answer.text()).not.toContain("sku");
  });
});
