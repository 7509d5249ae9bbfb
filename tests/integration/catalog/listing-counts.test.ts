/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { getCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import { listingQuerySchema, PAGE_SIZE, type ListingQuery } from "@/lib/catalog/listing-query";
import { searchCatalog } from "@/lib/catalog/search-catalog";

// The listing's totals and facet counts, computed in memory from the snapshot, checked against
// counts PostgreSQL computes independently from the seeded demo catalog.

type CountRow = { key: string; count: bigint };

async function sqlCounts(sql: string, ...params: unknown[]): Promise<Record<string, number>> {
  const rows = await getDb().$queryRawUnsafe<CountRow[]>(sql, ...params);
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.count)]));
}

async function sqlTotal(sql: string, ...params: unknown[]): Promise<number> {
  const [row] = await getDb().$queryRawUnsafe<{ count: bigint }[]>(sql, ...params);
  return Number(row?.count ?? -1);
}

async function search(input: Record<string, unknown>, page = 1) {
  const query: ListingQuery = listingQuerySchema.parse({ ...input, page });
  return searchCatalog(await getCatalogSnapshot(), query);
}

/** Every slug the listing gives, across all pages. */
async function allSlugs(input: Record<string, unknown>): Promise<string[]> {
  const first = await search(input);
  const slugs = first.products.map((p) => p.slug);
  for (let page = 2; page <= first.pageCount; page++)
    slugs.push(...(await search(input, page)).products.map((p) => p.slug));
  return slugs.sort();
}

async function sqlSlugs(sql: string, ...params: unknown[]): Promise<string[]> {
  const rows = await getDb().$queryRawUnsafe<{ slug: string }[]>(sql, ...params);
  return rows.map((row) => row.slug).sort();
}

const STOCKED = `FROM "Product" p JOIN "Variant" v ON v."productId" = p."id" WHERE p."published" AND v."stock" > 0`;

describe("listing counts match the database", () => {
  it("width=4E&range=men: total, products and facets", async () => {
    const result = await search({ width: "4E", range: "men" });
    const total = await sqlTotal(
      `SELECT count(DISTINCT p."id") AS count ${STOCKED} AND v."fitRange" = 'men' AND v."widthCode" = '4E'`,
    );
    expect(total).toBeGreaterThan(0);
    expect(result.total).toBe(total);
    expect(result.products.length).toBe(Math.min(total, PAGE_SIZE));
    expect(await allSlugs({ width: "4E", range: "men" })).toEqual(
      await sqlSlugs(`SELECT DISTINCT p."slug" ${STOCKED} AND v."fitRange" = 'men' AND v."widthCode" = '4E'`),
    );

    // Disjunctive: the width facet keeps range=men but not width=4E, and so on.
    expect(result.facets.width).toEqual(
      await sqlCounts(
        `SELECT v."widthCode" AS key, count(DISTINCT p."id") AS count ${STOCKED} AND v."fitRange" = 'men' GROUP BY 1`,
      ),
    );
    expect(result.facets.range).toEqual(
      await sqlCounts(
        `SELECT v."fitRange"::text AS key, count(DISTINCT p."id") AS count ${STOCKED} AND v."widthCode" = '4E' GROUP BY 1`,
      ),
    );
    expect(result.facets.support).toEqual(
      await sqlCounts(
        `SELECT p."support"::text AS key, count(DISTINCT p."id") AS count ${STOCKED} AND v."fitRange" = 'men' AND v."widthCode" = '4E' GROUP BY 1`,
      ),
    );
    expect(result.facets.cushion).toEqual(
      await sqlCounts(
        `SELECT p."cushionLevel"::text AS key, count(DISTINCT p."id") AS count ${STOCKED} AND v."fitRange" = 'men' AND v."widthCode" = '4E' GROUP BY 1`,
      ),
    );
    expect(result.facets.size).toEqual(
      await sqlCounts(
        `SELECT v."sizeLabel" AS key, count(DISTINCT p."id") AS count ${STOCKED} AND v."fitRange" = 'men' AND v."widthCode" = '4E' GROUP BY 1`,
      ),
    );
  });

  it("size=11&width=4E: one in-stock variant must have both", async () => {
    const result = await search({ size: "11", width: "4E" });
    const expected = await sqlSlugs(
      `SELECT DISTINCT p."slug" ${STOCKED} AND v."sizeLabel" = '11' AND v."widthCode" = '4E'`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await allSlugs({ size: "11", width: "4E" })).toEqual(expected);
    expect(result.total).toBe(expected.length);
    // The seed pins two featured models' men's 11 4E at zero stock: they must not be listed.
    const soldOut = await sqlSlugs(
      `SELECT p."slug" FROM "Product" p JOIN "Variant" v ON v."productId" = p."id"
        WHERE v."sku" IN ('SWELLCREST-5-M11-4E', 'EVENFIELD-M11-4E') AND v."stock" = 0
          AND NOT EXISTS (SELECT 1 FROM "Variant" w WHERE w."productId" = p."id" AND w."sizeLabel" = '11' AND w."widthCode" = '4E' AND w."stock" > 0)`,
    );
    expect(soldOut).toEqual(["evenfield", "swellcrest-5"]);
    for (const slug of soldOut) expect(expected).not.toContain(slug);
    expect(result.facets.width).toEqual(
      await sqlCounts(
        `SELECT v."widthCode" AS key, count(DISTINCT p."id") AS count ${STOCKED} AND v."sizeLabel" = '11' GROUP BY 1`,
      ),
    );
  });

  it("support=stability counts products whatever their stock", async () => {
    const result = await search({ support: "stability" });
    const total = await sqlTotal(
      `SELECT count(*) AS count FROM "Product" WHERE "published" AND "support" = 'stability'`,
    );
    expect(total).toBeGreaterThan(0);
    expect(result.total).toBe(total);
    expect(result.facets.support).toEqual(
      await sqlCounts(`SELECT "support"::text AS key, count(*) AS count FROM "Product" WHERE "published" GROUP BY 1`),
    );
    expect(result.facets.insole).toEqual(
      await sqlCounts(
        `SELECT 'removable' AS key, count(*) AS count FROM "Product" WHERE "published" AND "support" = 'stability' AND "removableInsole" GROUP BY 1`,
      ),
    );
  });

  it("insole=removable, with Prisma counting independently", async () => {
    const db = getDb();
    const result = await search({ insole: "removable" });
    expect(result.total).toBe(await db.product.count({ where: { published: true, removableInsole: true } }));
    for (const closure of ["laces", "hook_and_loop", "slip_on"] as const) {
      const count = await db.product.count({ where: { published: true, removableInsole: true, closure } });
      expect(result.facets.closure[closure] ?? 0).toBe(count);
    }
    const priceBands = await sqlCounts(
      `SELECT CASE WHEN "priceCents" < 10000 THEN 'under-100' WHEN "priceCents" < 13000 THEN '100-130'
                   WHEN "priceCents" < 16000 THEN '130-160' ELSE '160-up' END AS key, count(*) AS count
         FROM "Product" WHERE "published" AND "removableInsole" GROUP BY 1`,
    );
    expect(result.facets.price).toEqual(priceBands);
  });

  it("a combination: range=women&width=2E&support=neutral&cushion=4", async () => {
    const input = { range: "women", width: "2E", support: "neutral", cushion: 4 };
    const expected = await sqlSlugs(
      `SELECT DISTINCT p."slug" ${STOCKED} AND v."fitRange" = 'women' AND v."widthCode" = '2E' AND p."support" = 'neutral' AND p."cushionLevel" = 4`,
    );
    expect(await allSlugs(input)).toEqual(expected);
  });

  it("follows a stock change: selling out a product's last men's 4E pairs drops it from width=4E", async () => {
    const db = getDb();
    const before = await search({ width: "4E", range: "men" });
    const target = before.products[0]!;
    await db.variant.updateMany({
      where: { product: { slug: target.slug }, fitRange: "men", widthCode: "4E" },
      data: { stock: 0 },
    });
    const after = await search({ width: "4E", range: "men" });
    expect(after.total).toBe(before.total - 1);
    expect(after.products.map((p) => p.slug)).not.toContain(target.slug);
  });
});
