import { getDb } from "@/lib/db";

// Reliability case 19 (docs/reliability-cases.md): script and SQL text a staff member might paste
// (or an attacker might get into the catalog) must be stored exactly as given and shown as text.

export const SCRIPT_TAG = "<script>alert(1)</script>";
export const IMG_ONERROR = "<img src=x onerror=alert(1)>";
export const SQL_TEXT = `'; DROP TABLE "Product"; --`;

export type HostileFixture = {
  productSlug: string;
  productName: string;
  description: string;
  articleSlug: string;
  articleTitle: string;
  articleBody: string;
};

/** A published product and a published, featured guide that links to it, both full of markup. */
export async function createHostileContent(): Promise<HostileFixture> {
  const db = getDb();
  const template = await db.product.findFirstOrThrow({ where: { published: true }, orderBy: { slug: "asc" } });
  const fixture: HostileFixture = {
    productSlug: "xss-test-walker",
    productName: `Walker ${SCRIPT_TAG} ${IMG_ONERROR} ${SQL_TEXT}`,
    description: `Soft ${IMG_ONERROR} and steady ${SCRIPT_TAG}.`,
    articleSlug: "xss-test-guide",
    articleTitle: `Guide ${SCRIPT_TAG}`,
    articleBody: `## Pasted markup\n\nInline ${SCRIPT_TAG} in a sentence.\n\n${IMG_ONERROR}\n\n${SCRIPT_TAG}\n\n[a link](javascript:alert(1)) and ${SQL_TEXT}\n`,
  };
  const {
    id: _id,
    slug: _slug,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    featuredRank: _rank,
    ...specs
  } = template;
  const product = await db.product.create({
    data: {
      ...specs,
      slug: fixture.productSlug,
      name: fixture.productName,
      description: fixture.description,
      variants: {
        create: [{ sku: "XSS-TEST-WALKER-M11-D", fitRange: "men", sizeLabel: "11", widthCode: "D", stock: 5 }],
      },
    },
  });
  await db.article.create({
    data: {
      slug: fixture.articleSlug,
      title: fixture.articleTitle,
      summary: `Summary ${IMG_ONERROR}`,
      body: fixture.articleBody,
      tags: [SCRIPT_TAG],
      featuredRank: 0,
      products: { create: [{ productId: product.id }] },
    },
  });
  return fixture;
}
