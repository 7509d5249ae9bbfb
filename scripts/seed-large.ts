// `npm run seed:large -- --products 10000`: adds a large synthetic catalog (slugs bench-00001...)
// to DATABASE_URL, or to the embedded database, for benchmarks and load tests.
//
// Deterministic: product N always gets the same fit facts, variants and stock. Re-running skips
// slugs that already exist. Rows go in with bulk INSERT ... SELECT FROM unnest(...) in one
// transaction. Every Product/Variant write normally fires the catalog-change trigger (one
// CatalogChange row each, see the first migration); with session_replication_role = replica
// those are skipped, and one CatalogChange row with productId NULL makes app servers reload fully.
import pg from "pg";
import { SEED_BRANDS, sizeChartFor } from "../prisma/seed-data/brands";
import { SEED_PRODUCTS, type SeedProduct } from "../prisma/seed-data/products";
import { buildVariants } from "../prisma/seed-data/variants";
import {
  BASE_WIDTHS,
  CATEGORIES,
  CLOSURES,
  FIT_RANGES,
  HEEL_COUNTERS,
  OUTSOLES,
  SUPPORTS,
  TOE_BOXES,
  type Category,
  type ProductRange,
  type Rocker,
} from "../lib/catalog/fit-facts";
import type { WidthCode } from "../lib/catalog/width-codes";
import { withDatabase } from "./lib/with-database";

type Options = { products: number; quiet: boolean };
export type LargeSeedSummary = {
  requested: number;
  inserted: number;
  variants: number;
  triggersSkipped: boolean;
  seconds: number;
};

const PRODUCT_BATCH = 5_000;
const VARIANT_BATCH = 25_000;
/** Fixed so runs are reproducible; bench-00001 is the newest, one minute apart. */
const NEWEST_MS = Date.UTC(2026, 10, 1);

// Width sets per range: 2-5 widths × 15 half sizes gives 30-75 variants per product.
const MEN_WIDTHS: WidthCode[][] = [
  ["D", "2E"],
  ["D", "2E", "4E"],
  ["B", "D", "2E", "4E"],
  ["D", "2E", "4E", "6E"],
  ["B", "D", "2E", "4E", "6E"],
];
const WOMEN_WIDTHS: WidthCode[][] = [
  ["B", "D"],
  ["2A", "B", "D"],
  ["B", "D", "2E"],
  ["2A", "B", "D", "2E"],
  ["B", "D", "2E", "4E"],
  ["4A", "2A", "B", "D", "2E"],
];
const UNISEX_WIDTHS: Partial<Record<"men" | "women", WidthCode[]>>[] = [
  { men: ["D", "2E"], women: ["B", "D"] },
  { men: ["D", "2E", "4E"], women: ["B", "D"] },
  { men: ["D", "2E"], women: ["B", "D", "2E"] },
];
const ADJECTIVES = [
  "Harbour",
  "Meadow",
  "Ridge",
  "Willow",
  "Cobble",
  "Fern",
  "Heath",
  "Brook",
  "Linden",
  "Marsh",
  "Copse",
  "Dale",
  "Shingle",
  "Orchard",
  "Tarn",
  "Glen",
];
const NOUNS = [
  "Glide",
  "Walker",
  "Stride",
  "Trek",
  "Roam",
  "Step",
  "Amble",
  "Ramble",
  "Path",
  "Lane",
  "Way",
  "Saunter",
];

/** mulberry32: a small seeded PRNG, so product N is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[], weights?: number[]): T {
  const w = weights ?? items.map(() => 1);
  let roll = rand() * w.reduce((sum, x) => sum + x, 0);
  for (let i = 0; i < items.length; i++) {
    roll -= w[i] ?? 0;
    if (roll < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

export function benchSlug(index: number, total: number): string {
  return `bench-${String(index).padStart(Math.max(5, String(total).length), "0")}`;
}

/** Product N of the synthetic catalog, with fit facts that hang together (drop = heel - forefoot, trail outsoles on trail shoes). */
export function buildBenchProduct(index: number, total: number): SeedProduct {
  const rand = random(index * 2654435761);
  const range = pick<ProductRange>(rand, ["men", "women", "unisex"], [42, 42, 16]);
  const category = pick<Category>(rand, CATEGORIES, [45, 30, 10, 15]);
  const cushionLevel = pick(rand, [1, 2, 3, 4, 5] as const, [5, 15, 35, 30, 15]);
  const dropMm = pick(rand, [0, 2, 4, 6, 8, 10, 12]);
  const heelStackMm = 16 + cushionLevel * 4 + Math.floor(rand() * 7) + (dropMm > 8 ? 4 : 0);
  const rocker = pick<Rocker>(rand, ["none", "mild", "pronounced"], cushionLevel >= 4 ? [30, 40, 30] : [60, 35, 5]);
  const widths =
    range === "men"
      ? { men: pick(rand, MEN_WIDTHS) }
      : range === "women"
        ? { women: pick(rand, WOMEN_WIDTHS) }
        : pick(rand, UNISEX_WIDTHS);
  const name = `${pick(rand, ADJECTIVES)} ${pick(rand, NOUNS)} ${index}`;
  const support = pick(rand, SUPPORTS, [60, 30, 10]);
  return {
    slug: benchSlug(index, total),
    name,
    brandSlug: pick(rand, SEED_BRANDS).slug,
    range,
    category,
    description: `${name}: a ${category} shoe with level ${cushionLevel} of 5 cushioning, a ${support} feel and a ${dropMm} mm drop. Synthetic benchmark product.`,
    priceCents: 6995 + 500 * Math.floor(rand() * 31), // $69.95 to $219.95
    featuredRank: null,
    colour: "grey",
    colourHex: "#888888",
    accentHex: "#333333",
    support,
    cushionLevel,
    heelStackMm,
    forefootStackMm: heelStackMm - dropMm,
    dropMm,
    rocker,
    heelCounter: pick(rand, HEEL_COUNTERS, [25, 45, 30]),
    baseWidth: pick(rand, BASE_WIDTHS, [15, 55, 30]),
    toeBox: pick(rand, TOE_BOXES, [15, 45, 30, 10]),
    weightG: 220 + Math.floor(rand() * 200),
    removableInsole: rand() < 0.65,
    closure: pick(rand, CLOSURES, [70, 15, 15]),
    outsole: category === "trail" ? "trail" : pick(rand, OUTSOLES.slice(0, 2), [70, 30]),
    widths,
    collections: [],
  };
}

/** Collections a bench product joins, when the demo collections exist. */
function collectionSlugs(product: SeedProduct): string[] {
  const out: string[] = [];
  if (product.range !== "women") out.push("men");
  if (product.range !== "men") out.push("women");
  if (product.support !== "neutral") out.push("stability");
  if (product.cushionLevel === 5) out.push("max-cushion");
  if (
    ["4E", "6E"].some((w) => product.widths.men?.includes(w as WidthCode)) ||
    ["2E", "4E"].some((w) => product.widths.women?.includes(w as WidthCode))
  )
    out.push("wide-and-extra-wide");
  return out;
}

/** Runs `sql` once per chunk of `rows`, passing one array parameter per column. */
async function insertColumns(client: pg.ClientBase, sql: string, rows: unknown[][], batch: number): Promise<void> {
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    const columns = (chunk[0] ?? []).map((_, col) => chunk.map((row) => row[col]));
    await client.query(sql, columns);
  }
}

/** Skips triggers for this session when allowed (superuser, or granted the setting). */
async function trySkipTriggers(client: pg.ClientBase): Promise<boolean> {
  try {
    await client.query("SET session_replication_role = replica");
    return true;
  } catch (error) {
    console.warn(
      `Catalog-change triggers stay on (${error instanceof Error ? error.message : String(error)}); the load will be slower.`,
    );
    return false;
  }
}

async function seedBrands(client: pg.ClientBase): Promise<Map<string, string>> {
  for (const brand of SEED_BRANDS) {
    await client.query(
      `INSERT INTO "Brand" ("id", "slug", "name", "description", "updatedAt") VALUES ($1, $2, $3, $4, now()) ON CONFLICT ("slug") DO NOTHING`,
      [`bench-brand-${brand.slug}`, brand.slug, brand.name, brand.description],
    );
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Brand" WHERE "slug" = $1`, [brand.slug]);
    const brandId = rows[0]?.id as string;
    const chart = FIT_RANGES.flatMap((range) =>
      sizeChartFor(brand, range).map((e) => [
        `bench-size-${brand.slug}-${range}-${e.sizeLabel}`,
        brandId,
        range,
        e.sizeLabel,
        e.footLengthMinMm,
        e.footLengthMaxMm,
      ]),
    );
    await insertColumns(
      client,
      `INSERT INTO "SizeChartRow" ("id", "brandId", "range", "sizeLabel", "footLengthMinMm", "footLengthMaxMm")
       SELECT t.id, t.brand, t.range::"FitRange", t.size, t.min, t.max
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[]) AS t(id, brand, range, size, min, max)
       ON CONFLICT DO NOTHING`,
      chart,
      VARIANT_BATCH,
    );
  }
  const { rows } = await client.query<{ id: string; slug: string }>(`SELECT "id", "slug" FROM "Brand"`);
  return new Map(rows.map((row) => [row.slug, row.id]));
}

export async function seedLargeCatalog(
  databaseUrl: string,
  { products: total, quiet }: Options,
): Promise<LargeSeedSummary> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const triggersSkipped = await trySkipTriggers(client);
    await client.query("BEGIN");
    const brandIds = await seedBrands(client);
    const { rows: existingRows } = await client.query<{ slug: string }>(
      `SELECT "slug" FROM "Product" WHERE "slug" LIKE 'bench-%'`,
    );
    const existing = new Set(existingRows.map((row) => row.slug));
    const { rows: collectionRows } = await client.query<{ id: string; slug: string }>(
      `SELECT "id", "slug" FROM "Collection"`,
    );
    const collectionIds = new Map(collectionRows.map((row) => [row.slug, row.id]));

    let inserted = 0;
    let variantCount = 0;
    for (let from = 1; from <= total; from += PRODUCT_BATCH) {
      const batch: SeedProduct[] = [];
      for (let i = from; i < Math.min(from + PRODUCT_BATCH, total + 1); i++) {
        const product = buildBenchProduct(i, total);
        if (!existing.has(product.slug)) batch.push(product);
      }
      if (batch.length === 0) continue;
      const variants = await insertBatch(client, batch, brandIds, collectionIds, from);
      inserted += batch.length;
      variantCount += variants;
      if (!quiet) console.log(`  ${from + batch.length - 1}/${total} products...`);
    }

    // One change row with no product id: every app server does a full reload on its next read.
    if (inserted > 0) {
      await client.query(
        `WITH bumped AS (UPDATE "CatalogState" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version")
         INSERT INTO "CatalogChange" ("version", "productId") SELECT "version", NULL FROM bumped`,
      );
    }
    await client.query("COMMIT");
    if (triggersSkipped) await client.query("RESET session_replication_role");
    await client.query(`ANALYZE "Product", "Variant", "ProductImage", "CollectionProduct"`);
    const seconds = (performance.now() - started) / 1000;
    return { requested: total, inserted, variants: variantCount, triggersSkipped, seconds };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function insertBatch(
  client: pg.ClientBase,
  batch: SeedProduct[],
  brandIds: Map<string, string>,
  collectionIds: Map<string, string>,
  firstIndex: number,
): Promise<number> {
  const images = SEED_PRODUCTS.map((p) => p.slug);
  const productRows = batch.map((p) => {
    const brandId = brandIds.get(p.brandSlug);
    if (!brandId) throw new Error(`Brand ${p.brandSlug} is missing`);
    const index = Number(p.slug.slice("bench-".length));
    const createdAt = new Date(NEWEST_MS - index * 60_000);
    return [
      `bp-${p.slug}`,
      p.slug,
      p.name,
      brandId,
      p.range,
      p.category,
      p.description,
      p.priceCents,
      p.support,
      p.cushionLevel,
      p.heelStackMm,
      p.forefootStackMm,
      p.dropMm,
      p.rocker,
      p.heelCounter,
      p.baseWidth,
      p.toeBox,
      p.weightG,
      p.removableInsole,
      p.closure,
      p.outsole,
      createdAt,
    ];
  });
  await insertColumns(
    client,
    `INSERT INTO "Product" ("id", "slug", "name", "brandId", "range", "category", "description", "priceCents", "support",
       "cushionLevel", "heelStackMm", "forefootStackMm", "dropMm", "rocker", "heelCounter", "baseWidth", "toeBox", "weightG",
       "removableInsole", "closure", "outsole", "createdAt", "updatedAt")
     SELECT t.id, t.slug, t.name, t.brand, t.range::"ProductRange", t.category::"Category", t.description, t.price,
            t.support::"Support", t.cushion, t.heel, t.fore, t.drop, t.rocker::"Rocker", t.counter::"HeelCounter",
            t.base::"BaseWidth", t.toe::"ToeBox", t.weight, t.insole, t.closure::"Closure", t.outsole::"Outsole", t.created, t.created
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[],
                   $10::int[], $11::int[], $12::int[], $13::int[], $14::text[], $15::text[], $16::text[], $17::text[], $18::int[],
                   $19::bool[], $20::text[], $21::text[], $22::timestamp[])
         AS t(id, slug, name, brand, range, category, description, price, support, cushion, heel, fore, drop, rocker, counter,
              base, toe, weight, insole, closure, outsole, created)`,
    productRows,
    PRODUCT_BATCH,
  );
  await insertColumns(
    client,
    `INSERT INTO "ProductImage" ("id", "productId", "url", "alt", "position")
     SELECT t.id, t.product, t.url, t.alt, 0 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, product, url, alt)`,
    batch.map((p, i) => [
      `bi-${p.slug}`,
      `bp-${p.slug}`,
      `/products/${images[(firstIndex + i) % images.length]}.svg`,
      `${p.name}, side view`,
    ]),
    PRODUCT_BATCH,
  );
  const memberships = batch.flatMap((p) =>
    collectionSlugs(p).flatMap((slug) => {
      const collectionId = collectionIds.get(slug);
      return collectionId ? [[collectionId, `bp-${p.slug}`, 1000 + Number(p.slug.slice("bench-".length))]] : [];
    }),
  );
  if (memberships.length > 0) {
    await insertColumns(
      client,
      `INSERT INTO "CollectionProduct" ("collectionId", "productId", "position")
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ON CONFLICT DO NOTHING`,
      memberships,
      VARIANT_BATCH,
    );
  }
  const variantRows = batch.flatMap((p) =>
    buildVariants(p).map((v) => [`bv-${v.sku}`, `bp-${p.slug}`, v.sku, v.fitRange, v.sizeLabel, v.widthCode, v.stock]),
  );
  await insertColumns(
    client,
    `INSERT INTO "Variant" ("id", "productId", "sku", "fitRange", "sizeLabel", "widthCode", "stock", "updatedAt")
     SELECT t.id, t.product, t.sku, t.range::"FitRange", t.size, t.width, t.stock, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
         AS t(id, product, sku, range, size, width, stock)`,
    variantRows,
    VARIANT_BATCH,
  );
  return variantRows.length;
}

function parseOptions(argv: string[]): Options {
  const at = argv.indexOf("--products");
  const products = at >= 0 ? Number(argv[at + 1]) : 10_000;
  if (!Number.isSafeInteger(products) || products < 1 || products > 1_000_000) {
    throw new Error(`--products must be a whole number from 1 to 1000000 (got ${argv[at + 1]})`);
  }
  return { products, quiet: argv.includes("--quiet") };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const summary = await withDatabase((url) => seedLargeCatalog(url, options));
  console.log(
    `Large catalog: ${summary.inserted} new products (${summary.requested - summary.inserted} already there), ` +
      `${summary.variants} variants, triggers ${summary.triggersSkipped ? "skipped" : "fired"}, in ${summary.seconds.toFixed(1)} s.`,
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
