import type { ProductFormValues } from "../catalog/product-schema";
import type { ProductCsvColumn } from "./product-csv-columns";

// Maps between CSV columns and the product form's fields, so the importer validates every row
// with the very schema the product form uses.

export const COLUMN_FOR_FIELD: Record<keyof ProductFormValues, ProductCsvColumn> = {
  name: "name",
  slug: "product_slug",
  brandId: "brand_slug",
  range: "range",
  category: "category",
  description: "description",
  price: "price",
  published: "published",
  featuredRank: "featured_rank",
  support: "support",
  cushionLevel: "cushion_level",
  heelStackMm: "heel_stack_mm",
  forefootStackMm: "forefoot_stack_mm",
  rocker: "rocker",
  heelCounter: "heel_counter",
  baseWidth: "base_width",
  toeBox: "toe_box",
  weightG: "weight_g",
  removableInsole: "removable_insole",
  closure: "closure",
  outsole: "outsole",
};

const TRUE_WORDS = new Set(["true", "yes", "1"]);
const FALSE_WORDS = new Set(["false", "no", "0"]);

/** "yes" → true, "0" → false, anything else → null (reported as an error). */
export function parseCsvBoolean(value: string): boolean | null {
  const word = value.trim().toLowerCase();
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : null;
}

/** A row's product cells as form values; booleans that don't parse come back as errors. */
export function toProductFormValues(
  cell: (column: ProductCsvColumn) => string,
  brandId: string,
): { values: ProductFormValues; errors: Partial<Record<ProductCsvColumn, string>> } {
  const errors: Partial<Record<ProductCsvColumn, string>> = {};
  const published = parseCsvBoolean(cell("published"));
  if (published === null) errors.published = "Write true or false";
  const removableInsole = parseCsvBoolean(cell("removable_insole"));
  if (removableInsole === null) errors.removable_insole = "Write true or false";
  const text = (column: ProductCsvColumn) => cell(column);
  return {
    errors,
    values: {
      name: text("name"),
      slug: text("product_slug"),
      brandId,
      range: text("range") as ProductFormValues["range"],
      category: text("category") as ProductFormValues["category"],
      description: text("description"),
      price: text("price"),
      published: published ?? false,
      featuredRank: text("featured_rank"),
      support: text("support") as ProductFormValues["support"],
      cushionLevel: text("cushion_level"),
      heelStackMm: text("heel_stack_mm"),
      forefootStackMm: text("forefoot_stack_mm"),
      rocker: text("rocker") as ProductFormValues["rocker"],
      heelCounter: text("heel_counter") as ProductFormValues["heelCounter"],
      baseWidth: text("base_width") as ProductFormValues["baseWidth"],
      toeBox: text("toe_box") as ProductFormValues["toeBox"],
      weightG: text("weight_g"),
      removableInsole: removableInsole ?? false,
      closure: text("closure") as ProductFormValues["closure"],
      outsole: text("outsole") as ProductFormValues["outsole"],
    },
  };
}
