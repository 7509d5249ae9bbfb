/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { parseCsv } from "@/lib/admin/csv/parse-csv";
import { formatCsv } from "@/lib/admin/csv/format-csv";
import { PRODUCT_CSV_COLUMNS } from "@/lib/admin/csv/product-csv-columns";
import { GET as exportProducts } from "@/app/api/admin/products/export/route";
import { POST as importProducts } from "@/app/api/admin/products/import/route";
import { dbFingerprint } from "./db-fingerprint";
import { adminRequest, createStaff, signInCookie } from "./support";

let cookie: string;

async function exportCsv(): Promise<string> {
  const response = await exportProducts(adminRequest("/api/admin/products/export", { cookie }));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
  return response.text();
}

function importCsv(text: string) {
  return importProducts(adminRequest("/api/admin/products/import", { method: "POST", cookie, headers: { "content-type": "text/csv" }, body: text }));
}

const column = (name: (typeof PRODUCT_CSV_COLUMNS)[number]) => PRODUCT_CSV_COLUMNS.indexOf(name);

describe("CSV export and import of products and variants", () => {
  beforeAll(async () => {
    await createStaff("owner@example.com", "owner");
    cookie = await signInCookie("owner@example.com");
  });

  it("exports every variant; re-importing the unchanged file changes nothing", async () => {
    const text = await exportCsv();
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...PRODUCT_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(await getDb().variant.count());
    const before = await dbFingerprint();
    const response = await importCsv(text);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 });
    expect(await dbFingerprint()).toEqual(before);
  });

  it("applies a valid edited file in one go: changed stock and price, a new variant, a new product", async () => {
    const rows = parseCsv(await exportCsv());
    const [header, first] = rows as [string[], string[]];
    const edited = [...first];
    edited[column("stock")] = "42";
    edited[column("price")] = "77.70";
    const sameProduct = rows.filter((row) => row[column("product_slug")] === first[column("product_slug")]).map((row) => {
      const copy = [...row];
      copy[column("price")] = "77.70";
      return copy;
    });
    sameProduct[0] = edited;
    const newProduct = [...first];
    newProduct[column("product_slug")] = "csv-walker";
    newProduct[column("name")] = "CSV Walker";
    newProduct[column("sku")] = "CSV-WALKER-1";
    const response = await importCsv(formatCsv([header, ...sameProduct, newProduct]));
    const report = await response.json();
    expect(response.status).toBe(200);
    expect(report).toMatchObject({ ok: true, productsCreated: 1, productsUpdated: 1, variantsCreated: 1, variantsUpdated: 1 });
    const db = getDb();
    expect((await db.variant.findUniqueOrThrow({ where: { sku: first[column("sku")] as string } })).stock).toBe(42);
    expect((await db.product.findUniqueOrThrow({ where: { slug: first[column("product_slug")] as string } })).priceCents).toBe(7770);
    expect(await db.variant.findUniqueOrThrow({ where: { sku: "CSV-WALKER-1" }, include: { product: true } })).toMatchObject({ product: { slug: "csv-walker" } });
    expect(await db.auditLog.count({ where: { action: { in: ["product.create", "product.update", "variant.create", "variant.stock"] } } })).toBe(4);
  });

  it("rejects the whole file when one row is bad, reports each problem by row and column, and changes nothing", async () => {
    const rows = parseCsv(await exportCsv());
    const [header, ...data] = rows as [string[], ...string[][]];
    const slice = data.slice(0, 6).map((row) => [...row]);
    (slice[0] as string[])[column("stock")] = "99"; // a good change that must NOT be applied
    (slice[2] as string[])[column("stock")] = "-3";
    (slice[3] as string[])[column("width")] = "9E";
    (slice[4] as string[])[column("brand_slug")] = "no-such-brand";
    const before = await dbFingerprint();
    const response = await importCsv(formatCsv([header, ...slice]));
    expect(response.status).toBe(422);
    const report = await response.json();
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, column: "stock" }),
        expect.objectContaining({ row: 5, column: "width" }),
        expect.objectContaining({ row: 6, column: "brand_slug" }),
      ]),
    );
    expect(await dbFingerprint()).toEqual(before);
    expect((await getDb().variant.findUniqueOrThrow({ where: { sku: (slice[0] as string[])[column("sku")] as string } })).stock).not.toBe(99);
  });

  it("rejects duplicates, SKUs of other products, inconsistent product rows, a bad header and broken quoting", async () => {
    const rows = parseCsv(await exportCsv());
    const [header, a, b] = rows as [string[], string[], string[]];
    const otherProductRow = rows.slice(1).find((row) => row[column("product_slug")] !== a[column("product_slug")]) as string[];
    const stolen = [...a];
    stolen[column("sku")] = otherProductRow[column("sku")] as string;
    stolen[column("size")] = "6";
    const inconsistent = [...b];
    inconsistent[column("name")] = "Another name";
    const before = await dbFingerprint();
    const report = await (await importCsv(formatCsv([header, a, a, stolen, inconsistent]))).json();
    const messages = report.errors.map((error: { message: string }) => error.message).join("\n");
    expect(messages).toMatch(/also on row 2/);
    expect(messages).toMatch(/belongs to another product/);
    expect(messages).toMatch(/product columns differ/);
    expect((await (await importCsv("name,price\nx,1\n")).json()).errors[0].message).toMatch(/Missing columns/);
    expect((await (await importCsv(`${header.join(",")}\n"unclosed,1\n`)).json()).errors[0].message).toMatch(/never closed/);
    expect(await dbFingerprint()).toEqual(before);
  });

  it("guards spreadsheet formulas on export and stores script and SQL text exactly as given on import", async () => {
    const rows = parseCsv(await exportCsv());
    const [header, first] = rows as [string[], string[]];
    const sneaky = [...first];
    sneaky[column("product_slug")] = "sneaky";
    sneaky[column("name")] = `=HYPERLINK("http://evil.example") <script>alert(1)</script> '; DROP TABLE "Product";--`;
    sneaky[column("sku")] = "SNEAKY-1";
    expect((await importCsv(formatCsv([header, sneaky]))).status).toBe(200);
    const stored = await getDb().product.findUniqueOrThrow({ where: { slug: "sneaky" } });
    expect(stored.name).toBe(sneaky[column("name")]);
    const exported = await exportCsv();
    expect(exported).toContain(`"'=HYPERLINK(""http://evil.example"")`);
    expect(await getDb().product.count()).toBeGreaterThan(40); // the table is intact
  });
});
