import {
  BASE_WIDTHS,
  CATEGORIES,
  CLOSURES,
  HEEL_COUNTERS,
  OUTSOLES,
  ROCKERS,
  SUPPORTS,
  TOE_BOXES,
  type FitRange,
  type ProductRange,
} from "@/lib/catalog/fit-facts";
import type { CatalogSnapshot, SnapshotBrand, SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { WidthCode } from "@/lib/catalog/width-codes";
import { SEED_BRANDS, sizeChartFor, type SeedBrand } from "@/prisma/seed-data/brands";

// An in-memory catalog snapshot of any size for the fit engine benchmark: brands with real
// charts (the seed's sizeChartFor), products with realistic fit facts and 40–70 variants each.
// Deterministic (seeded PRNG), so two runs bench the same catalog.

/** mulberry32: small, fast, and good enough to spread fit facts. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEN_WIDTH_SETS: WidthCode[][] = [
  ["D", "2E", "4E"],
  ["B", "D", "2E", "4E"],
  ["D", "2E", "4E", "6E"],
  ["B", "D", "2E"],
];
const WOMEN_WIDTH_SETS: WidthCode[][] = [
  ["B", "D", "2E"],
  ["2A", "B", "D", "2E"],
  ["B", "D", "2E", "4E"],
  ["2A", "B", "D"],
];
const SIZE_SPAN: Record<FitRange, [number, number]> = { men: [7, 14], women: [5, 12] };

function halfSizes([from, to]: [number, number]): string[] {
  const sizes: string[] = [];
  for (let s = from; s <= to; s += 0.5) sizes.push(String(s));
  return sizes;
}

/** Each seed brand in a few variations (sizing offsets −4..+5 mm), as a large store would stock. */
function buildBrands(): Record<string, SnapshotBrand> {
  const brands: Record<string, SnapshotBrand> = {};
  for (const seed of SEED_BRANDS) {
    for (let k = 0; k < 4; k++) {
      const brand: SeedBrand = {
        ...seed,
        slug: `${seed.slug}-${k}`,
        name: `${seed.name} ${k}`,
        offsetMm: seed.offsetMm + k - 1,
      };
      const chart = (range: FitRange) =>
        sizeChartFor(brand, range).map((row) => ({
          size: row.sizeLabel,
          minMm: row.footLengthMinMm,
          maxMm: row.footLengthMaxMm,
        }));
      brands[brand.slug] = {
        slug: brand.slug,
        name: brand.name,
        sizeChart: { men: chart("men"), women: chart("women") },
      };
    }
  }
  return brands;
}

export function buildSyntheticSnapshot(productCount: number, seed = 1): CatalogSnapshot {
  const random = randomFrom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const brands = buildBrands();
  const brandSlugs = Object.keys(brands);

  const products: SnapshotProduct[] = [];
  for (let i = 0; i < productCount; i++) {
    const slug = `synthetic-${String(i).padStart(6, "0")}`;
    const range: ProductRange = pick(["men", "men", "women", "women", "unisex"] as const);
    const priceCents = int(12, 44) * 500; // $60.00–$220.00
    const heelStackMm = int(18, 40);
    const dropMm = pick([0, 4, 6, 8, 10, 12]);
    const variants: SnapshotVariant[] = [];
    const fitRanges: FitRange[] = range === "unisex" ? ["men", "women"] : [range];
    for (const fitRange of fitRanges) {
      const widths = pick(fitRange === "men" ? MEN_WIDTH_SETS : WOMEN_WIDTH_SETS);
      // 15 half sizes in 3–4 widths (45–60 variants); unisex models carry 8 sizes per
      // labelling (48–64), so every product lands in the 40–70 range.
      const all = halfSizes(SIZE_SPAN[fitRange]);
      const start = int(0, all.length - 8);
      const sizes = range === "unisex" ? all.slice(start, start + 8) : all;
      for (const size of sizes) {
        for (const width of widths) {
          const stock = random() < 0.12 ? 0 : int(1, 12);
          const override = random() < 0.05 ? priceCents + 1000 : null;
          variants.push({
            sku: `${slug}-${fitRange[0]}${size}-${width}`.toUpperCase(),
            fitRange,
            size,
            width,
            stock,
            priceCents: override ?? priceCents,
          });
        }
      }
    }
    const brandSlug = pick(brandSlugs);
    products.push({
      id: `id-${slug}`,
      slug,
      name: `${brands[brandSlug]!.name} Walker ${i}`,
      brandSlug,
      brandName: brands[brandSlug]!.name,
      range,
      category: pick(CATEGORIES),
      priceCents,
      currency: "usd",
      featuredRank: null,
      createdAt: 1_700_000_000_000 + i * 1000,
      support: pick(SUPPORTS),
      cushionLevel: int(1, 5),
      heelStackMm,
      forefootStackMm: heelStackMm - dropMm,
      dropMm,
      rocker: pick(ROCKERS),
      heelCounter: pick(HEEL_COUNTERS),
      baseWidth: pick(BASE_WIDTHS),
      toeBox: pick(TOE_BOXES),
      weightG: int(200, 380),
      removableInsole: random() < 0.7,
      closure: pick(CLOSURES),
      outsole: pick(OUTSOLES),
      image: null,
      collections: [],
      variants,
    });
  }
  return { version: "1", products, brands };
}

/** Variants per product: min, mean and max, to print next to the timings. */
export function variantSpread(snapshot: CatalogSnapshot): { min: number; mean: number; max: number } {
  const counts = snapshot.products.map((p) => p.variants.length);
  return {
    min: Math.min(...counts),
    mean: counts.reduce((a, b) => a + b, 0) / counts.length,
    max: Math.max(...counts),
  };
}
