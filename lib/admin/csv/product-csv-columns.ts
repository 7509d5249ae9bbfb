// The products CSV: one row per variant, the product's columns repeated on each of its rows.
// A product without variants has one row with the five variant columns empty.
export const PRODUCT_CSV_COLUMNS = [
  "product_slug", "name", "brand_slug", "range", "category", "description", "price", "published", "featured_rank",
  "support", "cushion_level", "heel_stack_mm", "forefoot_stack_mm", "rocker", "heel_counter", "base_width", "toe_box",
  "weight_g", "removable_insole", "closure", "outsole",
  "sku", "fit_range", "size", "width", "stock",
] as const;

export type ProductCsvColumn = (typeof PRODUCT_CSV_COLUMNS)[number];

export const PRODUCT_COLUMNS = PRODUCT_CSV_COLUMNS.slice(0, PRODUCT_CSV_COLUMNS.indexOf("sku"));
export const VARIANT_COLUMNS = PRODUCT_CSV_COLUMNS.slice(PRODUCT_CSV_COLUMNS.indexOf("sku"));

/** Largest accepted upload: 5 MB, about 20,000 rows. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 20_000;
