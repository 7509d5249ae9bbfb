/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { seedDemoCatalog } from "@/prisma/seed";

// Running the seed on a store that already has the demo catalog must change nothing: no new
// rows, and no edits (stock counts, unpublished shoes) reset to the seed's values.

const TABLES = [
  "Brand",
  "SizeChartRow",
  "Product",
  "ProductImage",
  "Variant",
  "Collection",
  "CollectionProduct",
  "Article",
  "ArticleProduct",
  "ArticleCollection",
];

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await getDb().$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table}"`);
    counts[table] = Number(row?.count);
  }
  return counts;
}

describe("seedDemoCatalog", () => {
  it("changes no row counts and keeps edited stock and publish flags when run again", async () => {
    const db = getDb();
    const variant = await db.variant.findFirstOrThrow({ where: { stock: { gt: 0 } }, orderBy: { sku: "asc" } });
    await db.variant.update({ where: { id: variant.id }, data: { stock: variant.stock + 40 } });
    const product = await db.product.findFirstOrThrow({ orderBy: { slug: "asc" } });
    await db.product.update({
      where: { id: product.id },
      data: { published: false, priceCents: product.priceCents + 100 },
    });
    const before = await rowCounts();
    expect(before.Product).toBe(48);
    const version = (await db.catalogState.findUniqueOrThrow({ where: { id: 1 } })).version;

    const summary = await seedDemoCatalog(db);
    expect(summary.products).toBe(48);

    expect(await rowCounts()).toEqual(before);
    // No write at all, so app servers have nothing to reload.
    expect((await db.catalogState.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(version);
    expect((await db.variant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(variant.stock + 40);
    const after = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after).toMatchObject({ published: false, priceCents: product.priceCents + 100 });
  });

  it("fills in rows that were deleted, without touching the rest", async () => {
    const db = getDb();
    const victim = await db.variant.findFirstOrThrow({ orderBy: { sku: "desc" } });
    const before = await rowCounts();
    await db.variant.delete({ where: { id: victim.id } });
    await seedDemoCatalog(db);
    expect(await rowCounts()).toEqual(before);
    expect(await db.variant.findUnique({ where: { sku: victim.sku } })).toMatchObject({
      stock: victim.stock,
      widthCode: victim.widthCode,
    });
  });
});
