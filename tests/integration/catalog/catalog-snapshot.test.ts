/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { getCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import type { CatalogSnapshot, SnapshotProduct } from "@/lib/catalog/snapshot-types";

// The in-memory catalog follows PostgreSQL: targeted reloads for product and variant writes
// (through the CatalogChange log), a full reload for writes that touch every product.

function find(snapshot: CatalogSnapshot, slug: string): SnapshotProduct {
  const product = snapshot.products.find((p) => p.slug === slug);
  if (!product) throw new Error(`${slug} is not in the snapshot`);
  return product;
}

async function catalogVersion(): Promise<string> {
  const state = await getDb().catalogState.findUniqueOrThrow({ where: { id: 1 } });
  return state.version.toString();
}

describe("getCatalogSnapshot", () => {
  it("holds every published product with all its variants, as the database has them", async () => {
    const db = getDb();
    const snapshot = await getCatalogSnapshot();
    const products = await db.product.findMany({
      where: { published: true },
      select: {
        slug: true,
        priceCents: true,
        removableInsole: true,
        brand: { select: { slug: true } },
        variants: { select: { sku: true, stock: true, sizeLabel: true, widthCode: true } },
      },
    });
    expect(products.length).toBeGreaterThanOrEqual(48);
    expect(snapshot.products.map((p) => p.slug).sort()).toEqual(products.map((p) => p.slug).sort());
    expect(snapshot.version).toBe(await catalogVersion());
    for (const row of products) {
      const cached = find(snapshot, row.slug);
      expect(cached.priceCents).toBe(row.priceCents);
      expect(cached.removableInsole).toBe(row.removableInsole);
      expect(cached.brandSlug).toBe(row.brand.slug);
      expect(cached.variants.length).toBeGreaterThan(0);
      expect(new Map(cached.variants.map((v) => [v.sku, [v.stock, v.size, v.width]]))).toEqual(
        new Map(row.variants.map((v) => [v.sku, [v.stock, v.sizeLabel, v.widthCode]])),
      );
    }
    expect(Object.keys(snapshot.brands).length).toBe(await db.brand.count());
  });

  it("returns the same snapshot while nothing changed", async () => {
    const first = await getCatalogSnapshot();
    expect(await getCatalogSnapshot()).toBe(first);
  });

  it("reloads only the changed product after a stock update", async () => {
    const db = getDb();
    const before = await getCatalogSnapshot();
    const target = before.products[0]!;
    const bystander = before.products[1]!;
    const variant = target.variants[0]!;
    await db.variant.update({ where: { sku: variant.sku }, data: { stock: variant.stock + 7 } });

    const after = await getCatalogSnapshot();
    expect(after).not.toBe(before);
    expect(after.version).toBe(await catalogVersion());
    expect(find(after, target.slug).variants.find((v) => v.sku === variant.sku)?.stock).toBe(variant.stock + 7);
    // Incremental: untouched products are the very same objects, brands too.
    expect(find(after, bystander.slug)).toBe(bystander);
    expect(after.brands).toBe(before.brands);
    expect(find(after, target.slug)).not.toBe(target);
    expect(after.products.map((p) => p.slug)).toEqual(before.products.map((p) => p.slug));
  });

  it("drops a product that is unpublished and brings it back when republished", async () => {
    const db = getDb();
    const before = await getCatalogSnapshot();
    const target = before.products[5]!;
    await db.product.update({ where: { slug: target.slug }, data: { published: false } });

    const hidden = await getCatalogSnapshot();
    expect(hidden.products.some((p) => p.slug === target.slug)).toBe(false);
    expect(hidden.products).toHaveLength(before.products.length - 1);
    expect(find(hidden, before.products[0]!.slug)).toBe(before.products[0]);

    await db.product.update({ where: { slug: target.slug }, data: { published: true } });
    const shown = await getCatalogSnapshot();
    expect(shown.products.map((p) => p.slug)).toEqual(before.products.map((p) => p.slug));
  });

  it("sees a variant added to a product", async () => {
    const db = getDb();
    const before = await getCatalogSnapshot();
    const target = before.products.find((p) => p.range === "men")!;
    const productId = target.id;
    await db.variant.create({
      data: { productId, sku: "TEST-ADDED-M15-6E", fitRange: "men", sizeLabel: "15", widthCode: "6E", stock: 2 },
    });
    const after = await getCatalogSnapshot();
    expect(find(after, target.slug).variants.map((v) => v.sku)).toContain("TEST-ADDED-M15-6E");
  });

  it("reloads everything after a brand size-chart change", async () => {
    const db = getDb();
    const before = await getCatalogSnapshot();
    const brandSlug = before.products[0]!.brandSlug;
    const row = await db.sizeChartRow.findFirstOrThrow({
      where: { brand: { slug: brandSlug }, range: "men", sizeLabel: "10" },
    });
    await db.sizeChartRow.update({ where: { id: row.id }, data: { footLengthMaxMm: row.footLengthMaxMm + 1 } });

    const changes = await db.catalogChange.findMany({ where: { version: { gt: BigInt(before.version) } } });
    expect(changes).toEqual([expect.objectContaining({ productId: null })]);

    const after = await getCatalogSnapshot();
    const entry = after.brands[brandSlug]!.sizeChart.men.find((e) => e.size === "10");
    expect(entry?.maxMm).toBe(row.footLengthMaxMm + 1);
    // A full reload builds every product afresh.
    expect(after.products.every((p, i) => p !== before.products[i])).toBe(true);
    expect(after.products.map((p) => p.slug)).toEqual(before.products.map((p) => p.slug));
  });

  it("catches up over several writes made between two reads", async () => {
    const db = getDb();
    const before = await getCatalogSnapshot();
    const [a, b] = [before.products[2]!, before.products[3]!];
    await db.product.update({ where: { slug: a.slug }, data: { priceCents: 4321 } }); // $43.21
    await db.variant.updateMany({ where: { productId: b.id }, data: { stock: 0 } });
    const after = await getCatalogSnapshot();
    expect(find(after, a.slug).priceCents).toBe(4321);
    expect(find(after, b.slug).variants.every((v) => v.stock === 0)).toBe(true);
  });
});
