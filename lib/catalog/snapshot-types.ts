import type {
  BaseWidth,
  Category,
  Closure,
  FitRange,
  HeelCounter,
  Outsole,
  ProductRange,
  Rocker,
  Support,
  ToeBox,
} from "./fit-facts";
import type { WidthCode } from "./width-codes";

// The in-memory catalog every app server keeps (published products only). The listing, its
// facet counts and the fit engine all read this; it is refreshed from the database's catalog
// change log, so it never holds state that isn't also in PostgreSQL.

export type SnapshotVariant = {
  sku: string;
  /** The sizing the label is in: a unisex shoe is stocked in men's or women's labels. */
  fitRange: FitRange;
  /** Size label as printed, e.g. "10.5". */
  size: string;
  width: WidthCode;
  stock: number;
  /** Effective unit price in cents (override or the product's price). */
  priceCents: number;
};

export type SnapshotProduct = {
  id: string;
  slug: string;
  name: string;
  brandSlug: string;
  brandName: string;
  range: ProductRange;
  category: Category;
  /** Base unit price in cents. */
  priceCents: number;
  currency: string;
  featuredRank: number | null;
  /** Milliseconds since the epoch, for the "newest" sort. */
  createdAt: number;
  support: Support;
  cushionLevel: number;
  heelStackMm: number;
  forefootStackMm: number;
  dropMm: number;
  rocker: Rocker;
  heelCounter: HeelCounter;
  baseWidth: BaseWidth;
  toeBox: ToeBox;
  weightG: number;
  removableInsole: boolean;
  closure: Closure;
  outsole: Outsole;
  image: { url: string; alt: string } | null;
  /** Slugs of the collections the product belongs to. */
  collections: string[];
  /**
   * The product's place in each of those collections, as staff ordered it (CollectionProduct.position),
   * by collection slug. A collection page lists its shoes in this order; a product without an entry
   * (hand-made test catalogs) goes after the ones that have one.
   */
  collectionPositions?: Record<string, number>;
  variants: SnapshotVariant[];
};

/** One size label of a brand chart: foot lengths in mm, inclusive. */
export type SizeChartEntry = { size: string; minMm: number; maxMm: number };

export type SnapshotBrand = {
  slug: string;
  name: string;
  sizeChart: Record<FitRange, SizeChartEntry[]>;
};

export type CatalogSnapshot = {
  /** Catalog version the snapshot reflects (CatalogState.version), as a decimal string. */
  version: string;
  products: SnapshotProduct[];
  brands: Record<string, SnapshotBrand>;
};
