/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { parseCsv } from "@/lib/admin/csv/parse-csv";
import { formatCsv } from "@/lib/admin/csv/format-csv";
import { PRODUCT_CSV_COLUMNS } from "@/lib/admin/csv/product-csv-columns";
import { GET as exportProducts } from "@/app/api/admin/products/export/route";
import { POST as importProducts } from "@/app/api/admin/products/import/route";
import { waitFor } from "../../support/wait-for";
import { useStripeHarness } from "../stripe/harness";
import { cartWith, checkout, pickVariants, setStock, stockOf } from "../stripe/shop";
import { dbFingerprint } from "./db-fingerprint";
import { adminRequest, createStaff, signInCookie } from "./support";

// The Stripe stand-in, for the tests that hold stock through a real checkout.
useStripeHarness();
let cookie: string;

beforeAll(async () => {
  await createStaff("owner@example.com", "owner");
  cookie = await signInCookie("owner@example.com");
});

async function exportCsv(): Promise<string> {
  const response = await exportProducts(adminRequest("/api/admin/products/export", { cookie }));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
  return response.text();
}

function importCsv(text: string) {
  return importProducts(
    adminRequest("/api/admin/products/import", {
      method: "POST",
      cookie,
      headers: { "content-type": "text/csv" },
      body: text,
    }),
  );
}

const column = (name: (typeof PRODUCT_CSV_COLUMNS)[number]) => PRODUCT_CSV_COLUMNS.indexOf(name);

describe("CSV export and import of products and variants", () => {
  it("exports every variant; re-importing the unchanged file changes nothing", async () => {
    const text = await exportCsv();
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...PRODUCT_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(await getDb().variant.count());
    for (const row of rows.slice(1)) expect(row[column("expected_stock")]).toBe(row[column("stock")]);
    const before = await dbFingerprint();
    const response = await importCsv(text);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      productsCreated: 0,
      productsUpdated: 0,
      variantsCreated: 0,
      variantsUpdated: 0,
      stockMoved: [],
      stockWithoutExpected: 0,
    });
    expect(await dbFingerprint()).toEqual(before);
  });

  it("applies a valid edited file in one go: changed stock and price, a new variant, a new product", async () => {
    const rows = parseCsv(await exportCsv());
    const [header, first] = rows as [string[], string[]];
    const edited = [...first];
    edited[column("stock")] = "42";
    edited[column("price")] = "77.70";
    const sameProduct = rows
      .filter((row) => row[column("product_slug")] === first[column("product_slug")])
      .map((row) => {
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
    expect(report).toMatchObject({
      ok: true,
      productsCreated: 1,
      productsUpdated: 1,
      variantsCreated: 1,
      variantsUpdated: 1,
    });
    const db = getDb();
    expect((await db.variant.findUniqueOrThrow({ where: { sku: first[column("sku")] as string } })).stock).toBe(42);
    expect(
      (await db.product.findUniqueOrThrow({ where: { slug: first[column("product_slug")] as string } })).priceCents,
    ).toBe(7770);
    expect(
      await db.variant.findUniqueOrThrow({ where: { sku: "CSV-WALKER-1" }, include: { product: true } }),
    ).toMatchObject({ product: { slug: "csv-walker" } });
    expect(
      await db.auditLog.count({
        where: { action: { in: ["product.create", "product.update", "variant.create", "variant.stock"] } },
      }),
    ).toBe(4);
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
    expect(
      (await getDb().variant.findUniqueOrThrow({ where: { sku: (slice[0] as string[])[column("sku")] as string } }))
        .stock,
    ).not.toBe(99);
  });

  it("rejects duplicates, SKUs of other products, inconsistent product rows, a bad header and broken quoting", async () => {
    const rows = parseCsv(await exportCsv());
    const [header, a, b] = rows as [string[], string[], string[]];
    const otherProductRow = rows
      .slice(1)
      .find((row) => row[column("product_slug")] !== a[column("product_slug")]) as string[];
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
    expect((await (await importCsv(`${header.join(",")}\n"unclosed,1\n`)).json()).errors[0].message).toMatch(
      /never closed/,
    );
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

// Review finding F1: an import must never undo a hold or a sale. The export writes each size's
// stock twice (stock, expected_stock); the import changes stock only where they differ, and only
// with "UPDATE … WHERE stock = expected_stock", reporting the sizes whose stock moved meanwhile.
describe("CSV import and live stock", () => {
  type Row = string[];

  /** The header and the rows of the product that sells this SKU, as copies to edit. */
  function productFile(rows: Row[], sku: string): { header: Row; rows: Row[]; target: Row; targetRow: number } {
    const [header, ...data] = rows as [Row, ...Row[]];
    const slug = data.find((row) => row[column("sku")] === sku)?.[column("product_slug")];
    const mine = data.filter((row) => row[column("product_slug")] === slug).map((row) => [...row]);
    const index = mine.findIndex((row) => row[column("sku")] === sku);
    return { header, rows: mine, target: mine[index] as Row, targetRow: index + 2 };
  }

  /** A price that differs from the product's current one, as the CSV writes it. */
  async function newPriceFor(sku: string): Promise<{ text: string; cents: number }> {
    const variant = await getDb().variant.findUniqueOrThrow({ where: { sku }, include: { product: true } });
    const cents = variant.product.priceCents + 111;
    return { text: (cents / 100).toFixed(2), cents };
  }

  const variantAudits = (variantId: string) =>
    getDb().auditLog.count({ where: { entityId: variantId, action: "variant.stock" } });

  it("the review's case: a checkout holds the last pair, the unchanged export is re-imported, stock stays 0 and a second shopper can't buy it", async () => {
    const [variant] = await pickVariants(1, 1);
    const sku = variant!.sku;
    await setStock(sku, 1);
    const exported = await exportCsv();
    expect(productFile(parseCsv(exported), sku).target[column("stock")]).toBe("1");
    // Both shoppers put the last pair in their carts; the first checks out and holds it.
    const [shopperA, shopperB] = [await cartWith([{ sku, quantity: 1 }]), await cartWith([{ sku, quantity: 1 }])];
    expect((await checkout(shopperA)).status).toBe(201);
    expect(await stockOf(sku)).toBe(0);
    const auditsBefore = await variantAudits(variant!.id);

    const response = await importCsv(exported);
    expect(response.status).toBe(200);
    expect(await stockOf(sku)).toBe(0);
    expect(await response.json()).toMatchObject({
      ok: true,
      variantsUpdated: 0,
      stockMoved: [],
      stockWithoutExpected: 0,
    });
    expect(await variantAudits(variant!.id)).toBe(auditsBefore);

    const second = await checkout(shopperB);
    expect(second.status).toBe(409);
    expect(second.body.error).toBe("sold_out");
    expect(await getDb().order.count({ where: { status: "PENDING", lines: { some: { sku } } } })).toBe(1);
    expect(await stockOf(sku)).toBe(0);
  });

  it("a file asking for 5 more pairs where a sale happened since the export: stock kept, the price still applied, the row reported", async () => {
    const [variant] = await pickVariants(1, 3);
    const sku = variant!.sku;
    const file = productFile(parseCsv(await exportCsv()), sku);
    expect((await checkout(await cartWith([{ sku, quantity: 1 }]))).status).toBe(201); // a sale since the export
    const price = await newPriceFor(sku);
    for (const row of file.rows) row[column("price")] = price.text;
    file.target[column("stock")] = String(variant!.stock + 5);
    const { productId } = await getDb().variant.findUniqueOrThrow({ where: { sku } });
    const productAudits = () => getDb().auditLog.count({ where: { entityId: productId, action: "product.update" } });
    const [variantAuditsBefore, productAuditsBefore] = [await variantAudits(variant!.id), await productAudits()];

    const response = await importCsv(formatCsv([file.header, ...file.rows]));
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toMatchObject({ ok: true, productsUpdated: 1, variantsUpdated: 0, stockWithoutExpected: 0 });
    expect(report.stockMoved).toEqual([
      {
        sku,
        row: file.targetRow,
        expected: variant!.stock,
        current: variant!.stock - 1,
        requested: variant!.stock + 5,
      },
    ]);
    expect(await stockOf(sku)).toBe(variant!.stock - 1);
    const stored = await getDb().variant.findUniqueOrThrow({ where: { sku }, include: { product: true } });
    expect(stored.product.priceCents).toBe(price.cents);
    expect(await variantAudits(variant!.id)).toBe(variantAuditsBefore);
    expect(await productAudits()).toBe(productAuditsBefore + 1);
  });

  it("importing the same edited file twice applies the stock once and reports nothing moved the second time", async () => {
    const [variant] = await pickVariants(1, 3);
    const sku = variant!.sku;
    const file = productFile(parseCsv(await exportCsv()), sku);
    file.target[column("stock")] = String(variant!.stock + 7);
    const text = formatCsv([file.header, ...file.rows]);
    const first = await (await importCsv(text)).json();
    const second = await (await importCsv(text)).json();
    expect([first.variantsUpdated, first.stockMoved]).toEqual([1, []]);
    expect([second.variantsUpdated, second.stockMoved]).toEqual([0, []]);
    expect(await stockOf(sku)).toBe(variant!.stock + 7);
  });

  it("a hold committed between the import's read and its write still wins (the condition is in the UPDATE)", async () => {
    const [variant] = await pickVariants(1, 3);
    const sku = variant!.sku;
    const db = getDb();
    const file = productFile(parseCsv(await exportCsv()), sku);
    file.target[column("stock")] = "20";

    // A checkout-style hold that has decremented the row but not committed yet: the import reads
    // the old stock, then its write has to wait for this row.
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let held!: () => void;
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    const holding = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`UPDATE "Variant" SET "stock" = "stock" - 1, "updatedAt" = now() WHERE "id" = ${variant!.id} AND "stock" >= 1`;
        held();
        await committed;
      },
      { timeout: 20_000 },
    );
    await isHeld;
    const auditsBefore = await variantAudits(variant!.id);
    const importing = importCsv(formatCsv([file.header, ...file.rows]));
    await waitFor(
      "the import to wait for the row lock",
      async () => {
        const [waiting] = await db.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS "count" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        return (waiting?.count ?? 0) >= 1;
      },
      { timeoutMs: 10_000 },
    );
    commit();
    await holding;

    const response = await importing;
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.stockMoved).toEqual([
      { sku, row: file.targetRow, expected: variant!.stock, current: variant!.stock - 1, requested: 20 },
    ]);
    expect(await stockOf(sku)).toBe(variant!.stock - 1);
    expect(await variantAudits(variant!.id)).toBe(auditsBefore);
  });

  it("many parallel holds racing an import that sets stock: the count always adds up and no more pairs are sold than existed", async () => {
    const [variant] = await pickVariants(1, 1);
    const sku = variant!.sku;
    const db = getDb();
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    for (let round = 0; round < 10; round++) {
      await setStock(sku, 10);
      const file = productFile(parseCsv(await exportCsv()), sku);
      file.target[column("stock")] = "20";
      const text = formatCsv([file.header, ...file.rows]);
      const auditsBefore = await variantAudits(variant!.id);
      // 30 holds (checkout's conditional decrement) spread over 20 ms, starting 8 ms later each
      // round: an import takes some 30-60 ms here, so its stock write lands after the holds in
      // the early rounds and before them in the late ones. (The exact read/write gap is the
      // previous test.)
      const holds = Array.from({ length: 30 }, (_, index) =>
        sleep(round * 8 + Math.floor((index * 20) / 30)).then(
          () => db.$executeRaw`
          UPDATE "Variant" SET "stock" = "stock" - 1, "updatedAt" = now() WHERE "id" = ${variant!.id} AND "stock" >= 1`,
        ),
      );
      const [response, ...results] = await Promise.all([importCsv(text), ...holds]);
      expect(response.status).toBe(200);
      const report = await response.json();
      const sold = results.reduce((sum, count) => sum + count, 0);
      const applied = report.stockMoved.length === 0;
      const pairs = applied ? 20 : 10;
      expect(report.variantsUpdated).toBe(applied ? 1 : 0);
      expect(await variantAudits(variant!.id)).toBe(auditsBefore + (applied ? 1 : 0));
      if (!applied) expect(report.stockMoved[0]).toMatchObject({ sku, expected: 10, requested: 20 });
      expect(sold).toBeLessThanOrEqual(pairs);
      expect(await stockOf(sku)).toBe(pairs - sold);
    }
  });

  it("an old file without expected_stock: prices apply, stock is left alone and counted; an empty expected_stock cell does the same", async () => {
    const rows = parseCsv(await exportCsv());
    const lastSku = rows
      .slice(1)
      .reverse()
      .find((row) => row[column("sku")] !== "")?.[column("sku")] as string;
    const file = productFile(rows, lastSku);
    const price = await newPriceFor(lastSku);
    const stockBefore = new Map(
      await Promise.all(
        file.rows.map(
          async (row) => [row[column("sku")] as string, await stockOf(row[column("sku")] as string)] as const,
        ),
      ),
    );
    for (const row of file.rows) {
      row[column("price")] = price.text;
      row[column("stock")] = String(Number(row[column("stock")]) + 3);
    }
    const withoutColumn = (row: Row) => row.filter((_, index) => index !== column("expected_stock"));
    const response = await importCsv(formatCsv([withoutColumn(file.header), ...file.rows.map(withoutColumn)]));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      productsUpdated: 1,
      variantsUpdated: 0,
      stockMoved: [],
      stockWithoutExpected: file.rows.length,
    });
    for (const [sku, stock] of stockBefore) expect(await stockOf(sku)).toBe(stock);
    expect(
      (await getDb().variant.findUniqueOrThrow({ where: { sku: lastSku }, include: { product: true } })).product
        .priceCents,
    ).toBe(price.cents);

    file.target[column("expected_stock")] = "";
    const emptyCell = await (await importCsv(formatCsv([file.header, file.target]))).json();
    expect(emptyCell).toMatchObject({ ok: true, variantsUpdated: 0, stockMoved: [], stockWithoutExpected: 1 });
    expect(await stockOf(lastSku)).toBe(stockBefore.get(lastSku));
  });

  it("new sizes take the file's stock, with or without an expected value", async () => {
    const rows = parseCsv(await exportCsv());
    const [header, ...data] = rows as [Row, ...Row[]];
    const slug = data.find(
      (row) => data.filter((other) => other[column("product_slug")] === row[column("product_slug")]).length >= 2,
    )?.[column("product_slug")];
    const [first, second] = data.filter((row) => row[column("product_slug")] === slug).map((row) => [...row]) as [
      Row,
      Row,
    ];
    for (const [row, sku, stock, expected] of [
      [first, "CSV-NEW-1", "7", ""],
      [second, "CSV-NEW-2", "4", "3"],
    ] as const) {
      row[column("product_slug")] = "csv-new-stock";
      row[column("name")] = "CSV New Stock";
      row[column("sku")] = sku;
      row[column("stock")] = stock;
      row[column("expected_stock")] = expected;
    }
    const response = await importCsv(formatCsv([header, first, second]));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      productsCreated: 1,
      variantsCreated: 2,
      stockMoved: [],
      stockWithoutExpected: 0,
    });
    expect(await stockOf("CSV-NEW-1")).toBe(7);
    expect(await stockOf("CSV-NEW-2")).toBe(4);
  });

  it("refuses an expected_stock that isn't a whole number of pairs, and changes nothing", async () => {
    const rows = parseCsv(await exportCsv());
    const [header, a, b] = rows as [Row, Row, Row];
    const [badA, badB] = [[...a], [...b]];
    badA[column("expected_stock")] = "-1";
    badB[column("expected_stock")] = "2.5";
    const before = await dbFingerprint();
    const response = await importCsv(formatCsv([header, badA, badB]));
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      expect.objectContaining({ row: 2, column: "expected_stock" }),
      expect.objectContaining({ row: 3, column: "expected_stock" }),
    ]);
    expect(await dbFingerprint()).toEqual(before);
  });
});
