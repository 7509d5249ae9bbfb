/** @jest-environment-options {"template":"seeded"} */
import { mockRequest } from "../../support/next-request-mocks";
import { getDb } from "@/lib/db";
import { createStaff, signInCookie } from "./support";

import { createProductAction } from "@/lib/admin/catalog/product-actions";
import { previewMarkdownAction, saveArticleAction } from "@/lib/admin/content/article-actions";
import { saveBrandAction, saveSizeChartAction } from "@/lib/admin/content/brand-actions";
import { saveCollectionAction } from "@/lib/admin/content/collection-actions";

// Reliability case 19 (docs/reliability-cases.md), admin side: hostile strings typed into admin
// forms are stored exactly as given (no stripping, no SQL effect) and the article renderer turns
// them into text. The browser check (no dialog fires) belongs to the end-to-end suite.
const HOSTILE = [`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `'; DROP TABLE "Product";--`];

describe("case 19 (admin part): script and SQL strings are stored as given and rendered as text", () => {
  beforeAll(async () => {
    await createStaff("clerk@example.com");
    mockRequest({
      cookie: await signInCookie("clerk@example.com"),
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
  });

  it("stores hostile product names and descriptions verbatim, and the Product table survives", async () => {
    const brand = await getDb().brand.findFirstOrThrow();
    for (const [index, text] of HOSTILE.entries()) {
      const result = await createProductAction({
        name: `Walker ${text}`,
        slug: `hostile-${index}`,
        brandId: brand.id,
        range: "women",
        category: "everyday",
        description: `A roomy shoe. ${text} Steady and cushioned.`,
        price: "80",
        featuredRank: "",
        published: false,
        support: "neutral",
        cushionLevel: "3",
        heelStackMm: "28",
        forefootStackMm: "20",
        rocker: "none",
        heelCounter: "moderate",
        baseWidth: "standard",
        toeBox: "roomy",
        weightG: "250",
        removableInsole: false,
        closure: "slip_on",
        outsole: "road",
      });
      expect(result).toMatchObject({ ok: true });
      const stored = await getDb().product.findUniqueOrThrow({ where: { slug: `hostile-${index}` } });
      expect(stored.name).toBe(`Walker ${text}`);
      expect(stored.description).toBe(`A roomy shoe. ${text} Steady and cushioned.`);
    }
    expect(await getDb().product.count()).toBeGreaterThan(48);
  });

  it("stores a hostile article body verbatim and renders it without any live markup", async () => {
    const body = `## Walking guide\n\n${HOSTILE.join("\n\n")}\n\n[click](javascript:alert(1))\n`;
    const result = await saveArticleAction(null, {
      title: "Hostile guide",
      slug: "hostile-guide",
      summary: "Testing how hostile text is shown.",
      body,
      tags: "walking",
      published: false,
      featuredRank: "",
      productIds: [],
    });
    expect(result).toMatchObject({ ok: true });
    const stored = await getDb().article.findUniqueOrThrow({ where: { slug: "hostile-guide" } });
    expect(stored.body).toBe(body);
    const preview = await previewMarkdownAction(stored.body);
    if (!("html" in preview)) throw new Error(preview.error);
    expect(preview.html).not.toMatch(/<script|<img|onerror=|href="javascript:/i);
    expect(preview.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(preview.html).toContain("DROP TABLE");
  });

  it("brands, size charts and collections keep hostile text as text too, and bad charts are refused per field", async () => {
    const saved = await saveBrandAction(null, {
      name: `Brand ${HOSTILE[0]}`,
      slug: "hostile-brand",
      description: `About ${HOSTILE[2]}`,
    });
    expect(saved).toMatchObject({ ok: true, id: expect.any(String) });
    const brand = await getDb().brand.findUniqueOrThrow({ where: { slug: "hostile-brand" } });
    expect(brand.name).toBe(`Brand ${HOSTILE[0]}`);
    const overlap = await saveSizeChartAction(brand.id, {
      range: "men",
      rows: [
        { sizeLabel: "9", footLengthMinMm: "270", footLengthMaxMm: "275" },
        { sizeLabel: "9.5", footLengthMinMm: "274", footLengthMaxMm: "279" },
      ],
    });
    expect(overlap).toMatchObject({
      ok: false,
      fields: { "rows.1.footLengthMinMm": expect.stringMatching(/Overlaps/) },
    });
    const chart = await saveSizeChartAction(brand.id, {
      range: "men",
      rows: [
        { sizeLabel: "9", footLengthMinMm: "270", footLengthMaxMm: "273" },
        { sizeLabel: "9.5", footLengthMinMm: "274", footLengthMaxMm: "277" },
      ],
    });
    expect(chart).toMatchObject({ ok: true });
    expect(await getDb().sizeChartRow.count({ where: { brandId: brand.id } })).toBe(2);
    const products = await getDb().product.findMany({ take: 3, orderBy: { slug: "asc" } });
    const collection = await saveCollectionAction(null, {
      title: `Picks ${HOSTILE[1]}`,
      slug: "hostile-picks",
      description: "Shoes in a set order.",
      featuredRank: "",
      productIds: products.map((p) => p.id).reverse(),
    });
    expect(collection).toMatchObject({ ok: true });
    const members = await getDb().collectionProduct.findMany({
      where: { collection: { slug: "hostile-picks" } },
      orderBy: { position: "asc" },
    });
    expect(members.map((member) => member.productId)).toEqual(products.map((p) => p.id).reverse());
  });
});
