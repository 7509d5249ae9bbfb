import type { PrismaClient } from "../lib/generated/prisma/client";
import { SEED_ARTICLES } from "./seed-data/articles";
import { SEED_BRANDS, sizeChartFor } from "./seed-data/brands";
import { SEED_COLLECTIONS } from "./seed-data/collections";
import { SEED_PRODUCTS, type SeedProduct } from "./seed-data/products";
import { buildVariants } from "./seed-data/variants";
import { SEED_SHIPPING_RATES } from "./seed-data/shipping-rates";
import { SEED_POLICY_PAGES } from "./seed-data/policies";
import { FIT_RANGES } from "../lib/catalog/fit-facts";
import { ARTICLE_SLUGS } from "../lib/articles/slugs";

export type SeedSummary = { brands: number; products: number; variants: number; articles: number; collections: number };

/**
 * Creates the demo catalog. Idempotent: rows are matched by their natural keys (slugs, SKUs) and
 * existing rows are left as they are, so a second run changes nothing and never resets stock or
 * edits staff have made.
 */
export async function seedDemoCatalog(db: PrismaClient): Promise<SeedSummary> {
  const brandIds = new Map<string, string>();
  for (const brand of SEED_BRANDS) {
    const row = await db.brand.upsert({
      where: { slug: brand.slug },
      update: {},
      create: { slug: brand.slug, name: brand.name, description: brand.description },
    });
    brandIds.set(brand.slug, row.id);
    await db.sizeChartRow.createMany({
      data: FIT_RANGES.flatMap((range) =>
        sizeChartFor(brand, range).map((entry) => ({ brandId: row.id, range, ...entry })),
      ),
      skipDuplicates: true,
    });
  }

  const productIds = new Map<string, string>();
  let variants = 0;
  for (const product of SEED_PRODUCTS) {
    const id = await upsertProduct(db, product, requireId(brandIds, product.brandSlug));
    productIds.set(product.slug, id);
    const rows = buildVariants(product);
    variants += rows.length;
    await db.variant.createMany({ data: rows.map((variant) => ({ productId: id, ...variant })), skipDuplicates: true });
  }

  for (const collection of SEED_COLLECTIONS) {
    const row = await db.collection.upsert({
      where: { slug: collection.slug },
      update: {},
      create: collection,
    });
    const members = SEED_PRODUCTS.filter((product) => product.collections.includes(collection.slug));
    await db.collectionProduct.createMany({
      data: members.map((product, position) => ({
        collectionId: row.id,
        productId: requireId(productIds, product.slug),
        position,
      })),
      skipDuplicates: true,
    });
  }

  for (const article of SEED_ARTICLES) {
    const row = await db.article.upsert({ where: { slug: article.slug }, update: {}, create: article });
    const linked = SEED_PRODUCTS.filter((product) => articleFitsProduct(article.slug, product)).slice(0, 4);
    await db.articleProduct.createMany({
      data: linked.map((product) => ({ articleId: row.id, productId: requireId(productIds, product.slug) })),
      skipDuplicates: true,
    });
  }

  // Only into a store with no rates at all: staff's own rates (and deletions) stay as they are.
  // The advisory lock makes two seed runs at once create them once.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed-shipping-rates'))`;
    if ((await tx.shippingRate.count()) === 0) await tx.shippingRate.createMany({ data: SEED_SHIPPING_RATES });
  });

  // Created once: a page staff edited keeps their text.
  await db.policyPage.createMany({ data: SEED_POLICY_PAGES, skipDuplicates: true });

  return {
    brands: SEED_BRANDS.length,
    products: SEED_PRODUCTS.length,
    variants,
    articles: SEED_ARTICLES.length,
    collections: SEED_COLLECTIONS.length,
  };
}

async function upsertProduct(db: PrismaClient, product: SeedProduct, brandId: string): Promise<string> {
  const { brandSlug, colour, colourHex, accentHex, widths, collections, ...fields } = product;
  const row = await db.product.upsert({
    where: { slug: product.slug },
    update: {},
    create: {
      ...fields,
      brandId,
      images: {
        create: [{ url: `/products/${product.slug}.svg`, alt: `${product.name} in ${colour}, side view`, position: 0 }],
      },
    },
  });
  return row.id;
}

/** Which demo products a guidance article links to: a few that show its topic. */
function articleFitsProduct(articleSlug: string, product: SeedProduct): boolean {
  switch (articleSlug) {
    case ARTICLE_SLUGS.orthotics:
      return product.removableInsole && product.toeBox !== "tapered";
    case ARTICLE_SLUGS.measureFeet:
      return (product.widths.men ?? []).includes("4E") || (product.widths.women ?? []).includes("2E");
    case ARTICLE_SLUGS.cushionAndSupport:
      return product.cushionLevel >= 4 || product.support !== "neutral";
    case ARTICLE_SLUGS.startWalking:
      return product.category === "walking" && product.cushionLevel >= 3;
    default:
      return false;
  }
}

function requireId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed data refers to unknown slug "${key}"`);
  return id;
}
