/** @jest-environment-options {"template":"seeded"} */
import { NextRequest } from "next/server";
import { GET } from "@/app/api/products/[slug]/route";
import { getDb } from "@/lib/db";

const get = (slug: string) =>
  GET(new NextRequest(`http://localhost/api/products/${encodeURIComponent(slug)}`), {
    params: Promise.resolve({ slug }),
  });

// docs/product-spec.md §4.1 and §7.8: the per-product fit facts, under the spec's field names.
const FIT_FACTS = [
  "range",
  "category",
  "support",
  "cushionLevel",
  "heelStackMm",
  "forefootStackMm",
  "dropMm",
  "rocker",
  "heelCounter",
  "baseWidth",
  "toeBox",
  "removableInsole",
  "closure",
  "outsole",
  "priceCents",
  "currency",
] as const;

describe("GET /api/products/[slug]", () => {
  it("gives the fit facts named as in the spec, and every variant with stock", async () => {
    const db = getDb();
    const row = await db.product.findFirstOrThrow({
      where: { published: true, removableInsole: true },
      orderBy: { slug: "asc" },
      include: { variants: true, brand: true },
    });
    const response = await get(row.slug);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown> & {
      variants: { sku: string; size: string; width: string; stock: number; range: string; priceCents: number }[];
    };
    expect(body.slug).toBe(row.slug);
    expect(body.brand).toEqual({ slug: row.brand.slug, name: row.brand.name });
    for (const fact of FIT_FACTS) expect(body[fact]).toEqual(row[fact]);
    expect(body.removableInsole).toBe(true);
    expect(body.dropMm).toBe(row.heelStackMm - row.forefootStackMm);

    expect(body.variants).toHaveLength(row.variants.length);
    for (const variant of row.variants) {
      expect(body.variants).toContainEqual({
        sku: variant.sku,
        range: variant.fitRange,
        size: variant.sizeLabel,
        width: variant.widthCode,
        stock: variant.stock,
        priceCents: variant.priceCentsOverride ?? row.priceCents,
      });
    }
    expect(JSON.stringify(body)).not.toMatch(/"id"|brandId|productId/);
  });

  it("shows a stock change at once", async () => {
    const db = getDb();
    const variant = await db.variant.findFirstOrThrow({ orderBy: { sku: "asc" }, include: { product: true } });
    await db.variant.update({ where: { id: variant.id }, data: { stock: 0 } });
    const body = (await (await get(variant.product.slug)).json()) as { variants: { sku: string; stock: number }[] };
    expect(body.variants.find((v) => v.sku === variant.sku)?.stock).toBe(0);
  });

  it("answers an unknown slug with a JSON 404", async () => {
    const response = await get("no-such-shoe");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: "not_found" });
  });

  it("hides unpublished products", async () => {
    const db = getDb();
    const row = await db.product.findFirstOrThrow({ orderBy: { slug: "desc" } });
    await db.product.update({ where: { id: row.id }, data: { published: false } });
    const response = await get(row.slug);
    expect(response.status).toBe(404);
  });

  it("treats script and SQL text in the slug as a plain unknown slug", async () => {
    for (const slug of ["<script>alert(1)</script>", "' OR 1=1 --", "%00", "a".repeat(2000)]) {
      const response = await get(slug);
      expect(response.status).toBe(404);
    }
  });
});
