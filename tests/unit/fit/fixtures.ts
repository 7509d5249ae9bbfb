import type { FitRange } from "@/lib/catalog/fit-facts";
import type { CatalogSnapshot, SizeChartEntry, SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { WidthCode } from "@/lib/catalog/width-codes";
import { ARTICLE_SLUGS } from "@/lib/articles/slugs";

// A small hand-built catalog that makes each case of docs/product-spec.md §8 meaningful.
// Three brands: Stridewell follows the generic size table, Northpath runs 3 mm small (a men's
// US 11 foot takes its 11.5) and Kindfoot runs 2 mm large. A men's US 11 foot is 285.5 mm.

/** Brand chart from the generic table: each half size covers 4.25 mm, shifted by `offsetMm`. */
function chartFor(range: FitRange, offsetMm: number): SizeChartEntry[] {
  const entries: SizeChartEntry[] = [];
  for (let size = 5; size <= 14; size += 0.5) {
    const usMen = range === "women" ? size - 1.5 : size;
    const centre = 260 + (usMen - 8) * 8.5;
    entries.push({
      size: String(size),
      minMm: Math.ceil(centre - 2.125) + offsetMm,
      maxMm: Math.ceil(centre + 2.125) - 1 + offsetMm,
    });
  }
  return entries;
}

const brand = (slug: string, name: string, offsetMm: number) => ({
  slug,
  name,
  sizeChart: { men: chartFor("men", offsetMm), women: chartFor("women", offsetMm) },
});

let skuCounter = 0;
/** Variants for every size × width, with the same stock, at `priceCents`. */
function variants(
  fitRange: FitRange,
  sizes: string[],
  widths: WidthCode[],
  stock: number,
  priceCents: number,
): SnapshotVariant[] {
  return sizes.flatMap((size) =>
    widths.map((width) => ({
      sku: `SKU-${fitRange[0]}${size}-${width}-${++skuCounter}`,
      fitRange,
      size,
      width,
      stock,
      priceCents,
    })),
  );
}

type Facts = Omit<
  SnapshotProduct,
  | "id"
  | "brandName"
  | "currency"
  | "featuredRank"
  | "createdAt"
  | "heelStackMm"
  | "forefootStackMm"
  | "weightG"
  | "image"
  | "collections"
  | "variants"
>;
const BRAND_NAMES: Record<string, string> = { stridewell: "Stridewell", northpath: "Northpath", kindfoot: "Kindfoot" };

function product(facts: Facts, build: (price: number) => SnapshotVariant[]): SnapshotProduct {
  return {
    ...facts,
    id: `id-${facts.slug}`,
    brandName: BRAND_NAMES[facts.brandSlug] ?? facts.brandSlug,
    currency: "usd",
    featuredRank: null,
    createdAt: 0,
    heelStackMm: 30,
    forefootStackMm: 30 - facts.dropMm,
    weightG: 280,
    image: null,
    collections: [],
    variants: build(facts.priceCents),
  };
}

const base = {
  category: "walking",
  support: "neutral",
  cushionLevel: 3,
  dropMm: 8,
  rocker: "none",
  heelCounter: "moderate",
  baseWidth: "standard",
  toeBox: "roomy",
  removableInsole: true,
  closure: "laces",
  outsole: "road",
} as const;
const ALL_MEN: WidthCode[] = ["D", "2E", "4E"];

export const PRODUCTS: SnapshotProduct[] = [
  product(
    { ...base, slug: "daily-walker", name: "Daily Walker", brandSlug: "stridewell", range: "men", priceCents: 12000 }, // $120.00
    (p) => variants("men", ["10.5", "11", "11.5"], ALL_MEN, 5, p),
  ),
  product(
    {
      ...base,
      slug: "cloud-plush",
      name: "Cloud Plush",
      brandSlug: "stridewell",
      range: "unisex",
      priceCents: 15000,
      cushionLevel: 5,
      dropMm: 6,
      heelCounter: "firm",
      baseWidth: "wide",
    },
    (p) => [...variants("men", ["11"], ALL_MEN, 4, p), ...variants("women", ["8.5", "9"], ["B", "D", "2E"], 3, p)],
  ),
  // Cloud Plush's twin with a pronounced rocker, and $5 cheaper so it wins the tie when nothing penalises it.
  product(
    {
      ...base,
      slug: "glide-rocker",
      name: "Glide Rocker",
      brandSlug: "stridewell",
      range: "men",
      priceCents: 14500,
      cushionLevel: 5,
      dropMm: 6,
      heelCounter: "firm",
      baseWidth: "wide",
      rocker: "pronounced",
    },
    (p) => variants("men", ["11"], ALL_MEN, 4, p),
  ),
  product(
    {
      ...base,
      slug: "stable-trek",
      name: "Stable Trek",
      brandSlug: "northpath",
      range: "men",
      priceCents: 13000,
      support: "stability",
      dropMm: 10,
      heelCounter: "firm",
      baseWidth: "wide",
      outsole: "mixed",
    },
    (p) => variants("men", ["11", "11.5"], ["2E", "4E"], 2, p),
  ),
  product(
    {
      ...base,
      slug: "control-road",
      name: "Control Road",
      brandSlug: "northpath",
      range: "men",
      priceCents: 11000,
      category: "everyday",
      support: "motion",
      cushionLevel: 2,
      dropMm: 12,
      heelCounter: "firm",
      baseWidth: "wide",
      toeBox: "standard",
    },
    (p) => variants("men", ["11.5"], ALL_MEN, 2, p),
  ),
  product(
    {
      ...base,
      slug: "zero-flat",
      name: "Zero Flat",
      brandSlug: "kindfoot",
      range: "unisex",
      priceCents: 9000,
      category: "everyday",
      cushionLevel: 1,
      dropMm: 0,
      heelCounter: "flexible",
      toeBox: "anatomical",
      closure: "slip_on",
    },
    (p) => [...variants("men", ["11"], ALL_MEN, 6, p), ...variants("women", ["9"], ["B", "D"], 6, p)],
  ),
  // Everyone's favourite, but the insole is glued in (case 6).
  product(
    {
      ...base,
      slug: "comfort-favourite",
      name: "Comfort Favourite",
      brandSlug: "kindfoot",
      range: "men",
      priceCents: 12500,
      support: "stability",
      cushionLevel: 4,
      heelCounter: "firm",
      baseWidth: "wide",
      removableInsole: false,
    },
    (p) => variants("men", ["11"], ALL_MEN, 3, p),
  ),
  // Size 11 is made, including 4E, but sold out: "close but not shown" under H_SIZE.
  product(
    {
      ...base,
      slug: "sold-out-strider",
      name: "Sold Out Strider",
      brandSlug: "stridewell",
      range: "men",
      priceCents: 11500,
      cushionLevel: 4,
    },
    (p) => [...variants("men", ["11"], ["D", "4E"], 0, p), ...variants("men", ["11.5"], ["D"], 2, p)],
  ),
  // No 4E in size 11, but the next roomier width (6E) is in stock: a labelled fallback.
  product(
    {
      ...base,
      slug: "roomy-six",
      name: "Roomy Six",
      brandSlug: "stridewell",
      range: "men",
      priceCents: 12000,
      baseWidth: "wide",
      toeBox: "anatomical",
    },
    (p) => variants("men", ["11"], ["D", "6E"], 2, p),
  ),
  product(
    {
      ...base,
      slug: "recovery-slide",
      name: "Recovery Slide",
      brandSlug: "kindfoot",
      range: "unisex",
      priceCents: 6000,
      category: "recovery",
      cushionLevel: 5,
      dropMm: 4,
      heelCounter: "flexible",
      closure: "hook_and_loop",
    },
    (p) => [...variants("men", ["11"], ALL_MEN, 3, p), ...variants("women", ["9"], ["B", "D", "2E"], 3, p)],
  ),
  // Tapered and narrow only: no 4E and no roomier width, so never a fallback.
  product(
    {
      ...base,
      slug: "narrow-oxford",
      name: "Narrow Oxford",
      brandSlug: "kindfoot",
      range: "men",
      priceCents: 10000,
      category: "everyday",
      cushionLevel: 2,
      dropMm: 12,
      toeBox: "tapered",
    },
    (p) => variants("men", ["11"], ["B", "D"], 2, p),
  ),
  product(
    {
      ...base,
      slug: "premium-walker",
      name: "Premium Walker",
      brandSlug: "northpath",
      range: "men",
      priceCents: 22000,
      support: "stability",
      cushionLevel: 4,
      rocker: "mild",
      heelCounter: "firm",
      baseWidth: "wide",
    },
    (p) => variants("men", ["11.5"], ALL_MEN, 1, p),
  ),
  product(
    {
      ...base,
      slug: "womens-walk",
      name: "Womens Walk",
      brandSlug: "stridewell",
      range: "women",
      priceCents: 12000,
      support: "stability",
      heelCounter: "firm",
    },
    (p) => [...variants("women", ["8.5", "9", "9.5"], ["B", "D"], 4, p), ...variants("women", ["9"], ["2E"], 0, p)],
  ),
  product(
    {
      ...base,
      slug: "trail-ridge-w",
      name: "Trail Ridge W",
      brandSlug: "northpath",
      range: "women",
      priceCents: 14000,
      category: "trail",
      cushionLevel: 4,
      dropMm: 6,
      toeBox: "standard",
      outsole: "trail",
    },
    (p) => variants("women", ["9.5"], ["B", "D"], 2, p),
  ),
];

export const SNAPSHOT: CatalogSnapshot = {
  version: "42",
  products: PRODUCTS,
  brands: {
    stridewell: brand("stridewell", "Stridewell", 0),
    northpath: brand("northpath", "Northpath", -3),
    kindfoot: brand("kindfoot", "Kindfoot", 2),
  },
};

export const ARTICLE_TITLES: Record<string, string> = Object.fromEntries(
  Object.values(ARTICLE_SLUGS).map((slug) => [slug, `Title of ${slug}`]),
);
export const OPTIONS = { articleTitles: ARTICLE_TITLES };

/** The catalog with every variant of a width in a range set to zero stock. */
export function snapshotWithout(fitRange: FitRange, width: WidthCode): CatalogSnapshot {
  return {
    ...SNAPSHOT,
    products: PRODUCTS.map((p) => ({
      ...p,
      variants: p.variants.map((v) => (v.fitRange === fitRange && v.width === width ? { ...v, stock: 0 } : v)),
    })),
  };
}

export function productBySlug(slug: string): SnapshotProduct {
  const found = PRODUCTS.find((p) => p.slug === slug);
  if (!found) throw new Error(`no fixture product ${slug}`);
  return found;
}
