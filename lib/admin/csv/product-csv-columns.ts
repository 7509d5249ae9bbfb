// The products CSV: one row per variant, the product's columns repeated on each of its rows.
// A product without variants has one row with the variant columns empty. expected_stock is the
// stock at export time: the import changes an existing size's stock only where the file's stock
// differs from it, and only if the live stock still equals it (a sale since then wins).
export const PRODUCT_CSV_COLUMNS = [
  "product_slug",
  "name",
  "brand_slug",
  "range",
  "category",
  "description",
  "price",
  "published",
  "featured_rank",
  "support",
  "cushion_level",
  "heel_stack_mm",
  "forefoot_stack_mm",
  "rocker",
  "heel_counter",
  "base_width",
  "toe_box",
  "weight_g",
  "removable_insole",
  "closure",
  "outsole",
  "sku",
  "fit_range",
  "size",
  "width",
  "stock",
  "expected_stock",
] as const;

export type ProductCsvColumn = (typeof PRODUCT_CSV_COLUMNS)[number];

/** Columns a file may leave out: files exported before expected_stock existed still import. */
export const OPTIONAL_CSV_COLUMNS: readonly ProductCsvColumn[] = ["expected_stock"];

export const PRODUCT_COLUMNS = PRODUCT_CSV_COLUMNS.slice(0, PRODUCT_CSV_COLUMNS.indexOf("sku"));
export const VARIANT_COLUMNS = PRODUCT_CSV_COLUMNS.slice(PRODUCT_CSV_COLUMNS.indexOf("sku"));

/** Largest accepted upload: 5 MB, about 20,000 rows. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 20_000;
