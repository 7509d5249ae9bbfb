/** @jest-environment-options {"template":"seeded"} */
import { NextRequest } from "next/server";
import { GET } from "@/app/api/products/route";
import { getDb } from "@/lib/db";

const get = (search: string) => GET(new NextRequest(`http://localhost/api/products${search}`));

type ListBody = {
  products: { slug: string; url: string; inStock: boolean; priceCents: number; removableInsole: boolean }[];
  total: number;
  page: number;
  pageCount: number;
  facets: Record<string, Record<string, number>>;
};

describe("GET /api/products", () => {
  it("lists the first page with totals and facet counts", async () => {
    const response = await get("");
    expect(response.status).toBe(200);
    const body = (await response.json()) as ListBody;
    expect(body.total).toBe(await getDb().product.count({ where: { published: true } }));
    expect(body.page).toBe(1);
    expect(body.products).toHaveLength(24);
    expect(body.pageCount).toBe(Math.ceil(body.total / 24));
    expect(Object.keys(body.facets).sort()).toEqual([
      "closure",
      "cushion",
      "drop",
      "insole",
      "price",
      "range",
      "size",
      "support",
      "width",
    ]);
    expect(body.facets.width?.["4E"]).toBeGreaterThan(0);
    expect(body.products[0]).toEqual(
      expect.objectContaining({ slug: expect.any(String), url: `/shoes/${body.products[0]!.slug}` }),
    );
    // No internal ids leak into the public JSON.
    expect(JSON.stringify(body)).not.toMatch(/"id"|brandId|productId/);
  });

  it("applies filters, sort and page", async () => {
    const response = await get("?width=4E&range=men&insole=removable&sort=price-asc&page=1");
    expect(response.status).toBe(200);
    const body = (await response.json()) as ListBody;
    expect(body.total).toBeGreaterThan(0);
    expect(body.products.every((p) => p.removableInsole && p.inStock)).toBe(true);
    const prices = body.products.map((p) => p.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(body.facets.insole).toEqual({ removable: body.total });
  });

  it.each([
    ["?width=ZZ", "width"],
    ["?cushion=9", "cushion"],
    ["?page=0", "page"],
    ["?sort=bogus", "sort"],
    ["?colour=red", "colour"],
    ["?size=10.25", "size"],
    ["?range=kids", "range"],
    ["?constructor=x", "constructor"],
    ["?__proto__=x", "__proto__"],
  ])("answers %s with 400 and a field error for %s", async (search, field) => {
    const response = await get(search);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(body.error).toBe("invalid_query");
    expect(Object.keys(body.fields)).toEqual([field]);
    expect(body.fields[field]).toMatch(/\w/);
  });

  it("names every bad field in one answer", async () => {
    const response = await get("?width=ZZ&cushion=9&page=0&sort=bogus&colour=red");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual(["colour", "cushion", "page", "sort", "width"]);
    expect(body.fields.colour).toBe("Unknown field");
  });

  it("gives an empty page past the end instead of an error", async () => {
    const response = await get("?page=500");
    expect(response.status).toBe(200);
    const body = (await response.json()) as ListBody;
    expect(body.products).toEqual([]);
    expect(body.page).toBe(500);
  });
});
