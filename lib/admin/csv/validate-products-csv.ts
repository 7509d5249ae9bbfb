import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { FIT_RANGES, type FitRange } from "@/lib/catalog/fit-facts";
import { widthCodesFor, type WidthCode } from "@/lib/catalog/width-codes";
import { productSchema, toProductData, type ProductData } from "../catalog/product-schema";
import { fitRangesFor, SIZE_LABELS } from "../catalog/size-labels";
import { SKU_PATTERN } from "../catalog/variant-grid-schema";
import { CsvSyntaxError, parseCsv } from "./parse-csv";
import { unescapeFormulaGuard } from "./format-csv";
import { COLUMN_FOR_FIELD, toProductFormValues } from "./csv-row-values";
import type { CsvRowError } from "./import-report";
import {
  MAX_CSV_ROWS,
  OPTIONAL_CSV_COLUMNS,
  PRODUCT_COLUMNS,
  PRODUCT_CSV_COLUMNS,
  VARIANT_COLUMNS,
  type ProductCsvColumn,
} from "./product-csv-columns";

/** `expectedStock` is null when the file has no expected_stock column or the cell is empty. */
export type ImportVariant = {
  sku: string;
  fitRange: FitRange;
  sizeLabel: string;
  widthCode: WidthCode;
  stock: number;
  expectedStock: number | null;
  row: number;
};
export type ImportProduct = { data: ProductData; variants: ImportVariant[]; row: number };
export type ImportPlan = { products: ImportProduct[]; rowCount: number };

/**
 * Checks the whole file before anything is written: the header, every cell (with the product
 * form's own schema), consistency between rows of one product, duplicates inside the file, and
 * clashes with SKUs of other products in the database. Row numbers count the header as row 1.
 */
export async function validateProductsCsv(
  text: string,
  db: PrismaClient,
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; errors: CsvRowError[] }> {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, errors: [{ row: error.line, message: error.message }] };
    throw error;
  }
  const [header, ...data] = rows;
  const headerErrors = checkHeader(header ?? []);
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  if (data.length === 0) return { ok: false, errors: [{ row: 2, message: "The file has a header but no rows" }] };
  if (data.length > MAX_CSV_ROWS)
    return { ok: false, errors: [{ row: MAX_CSV_ROWS + 2, message: `At most ${MAX_CSV_ROWS} rows per file` }] };

  const columnCount = (header as string[]).length;
  const index = new Map((header as string[]).map((name, position) => [name.trim(), position]));
  const brands = new Map(
    (await db.brand.findMany({ select: { id: true, slug: true } })).map((brand) => [brand.slug, brand.id]),
  );
  const errors: CsvRowError[] = [];
  const products = new Map<string, ImportProduct & { signature: string }>();
  const skuRows = new Map<string, number>();
  const comboRows = new Map<string, number>();

  data.forEach((cells, position) => {
    const row = position + 2;
    if (cells.length === 1 && cells[0] === "") return; // blank line
    if (cells.length !== columnCount) {
      errors.push({ row, message: `Expected ${columnCount} cells, found ${cells.length}` });
      return;
    }
    // A column the header left out (only an optional one can be) reads as empty.
    const cell = (column: ProductCsvColumn) => {
      const position = index.get(column);
      return position === undefined ? "" : unescapeFormulaGuard(cells[position] ?? "").trim();
    };
    const brandId = brands.get(cell("brand_slug"));
    if (!brandId) errors.push({ row, column: "brand_slug", message: `No brand with the slug "${cell("brand_slug")}"` });
    const { values, errors: cellErrors } = toProductFormValues(cell, brandId ?? "unknown");
    for (const [column, message] of Object.entries(cellErrors)) errors.push({ row, column, message });
    const parsed = productSchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof typeof COLUMN_FOR_FIELD | undefined;
        errors.push({ row, column: field ? COLUMN_FOR_FIELD[field] : undefined, message: issue.message });
      }
      return;
    }
    const slug = parsed.data.slug;
    const signature = JSON.stringify(PRODUCT_COLUMNS.map(cell));
    let product = products.get(slug);
    if (!product) {
      product = { data: toProductData(parsed.data), variants: [], row, signature };
      products.set(slug, product);
    } else if (product.signature !== signature) {
      errors.push({
        row,
        message: `The product columns differ from row ${product.row} for "${slug}"; every row of a product must repeat the same values`,
      });
      return;
    }

    if (VARIANT_COLUMNS.every((column) => cell(column) === "")) return;
    const variant = checkVariant(cell, product.data.range, row, errors);
    if (!variant) return;
    const skuSeen = skuRows.get(variant.sku);
    if (skuSeen) errors.push({ row, column: "sku", message: `SKU ${variant.sku} is also on row ${skuSeen}` });
    skuRows.set(variant.sku, row);
    const combo = `${slug}:${variant.fitRange}:${variant.sizeLabel}:${variant.widthCode}`;
    const comboSeen = comboRows.get(combo);
    if (comboSeen)
      errors.push({
        row,
        message: `Size ${variant.sizeLabel} ${variant.widthCode} (${variant.fitRange}) is also on row ${comboSeen}`,
      });
    comboRows.set(combo, row);
    product.variants.push(variant);
  });

  errors.push(...(await checkAgainstDatabase(db, [...products.values()])));
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  return {
    ok: true,
    plan: {
      products: [...products.values()].map(({ signature: _signature, ...product }) => product),
      rowCount: data.length,
    },
  };
}

function checkHeader(header: string[]): CsvRowError[] {
  const names = header.map((name) => name.trim());
  const missing = PRODUCT_CSV_COLUMNS.filter(
    (column) => !names.includes(column) && !OPTIONAL_CSV_COLUMNS.includes(column),
  );
  const unknown = names.filter((name) => !(PRODUCT_CSV_COLUMNS as readonly string[]).includes(name));
  const errors: CsvRowError[] = [];
  if (missing.length > 0) errors.push({ row: 1, message: `Missing columns: ${missing.join(", ")}` });
  if (unknown.length > 0) errors.push({ row: 1, message: `Unknown columns: ${unknown.join(", ")}` });
  if (new Set(names).size !== names.length) errors.push({ row: 1, message: "A column appears twice" });
  return errors;
}

function checkVariant(
  cell: (column: ProductCsvColumn) => string,
  range: ProductData["range"],
  row: number,
  errors: CsvRowError[],
): ImportVariant | null {
  const before = errors.length;
  const sku = cell("sku").toUpperCase();
  const fitRange = cell("fit_range") as FitRange;
  const sizeLabel = cell("size");
  const widthCode = cell("width") as WidthCode;
  const stockText = cell("stock");
  const expectedText = cell("expected_stock");
  if (!SKU_PATTERN.test(sku))
    errors.push({ row, column: "sku", message: "SKU: 2-64 capital letters, digits, dots and hyphens" });
  if (!(FIT_RANGES as readonly string[]).includes(fitRange))
    errors.push({ row, column: "fit_range", message: "Write men or women" });
  else if (!fitRangesFor(range).includes(fitRange))
    errors.push({ row, column: "fit_range", message: `A ${range} product can't have ${fitRange}'s sizes` });
  else {
    if (!SIZE_LABELS[fitRange].includes(sizeLabel))
      errors.push({ row, column: "size", message: `Not a ${fitRange}'s US size (like 9 or 9.5)` });
    if (!widthCodesFor(fitRange).includes(widthCode))
      errors.push({ row, column: "width", message: `${fitRange}'s widths are ${widthCodesFor(fitRange).join(", ")}` });
  }
  if (!/^\d{1,5}$/.test(stockText))
    errors.push({ row, column: "stock", message: "Stock is a whole number of pairs, 0 or more" });
  if (expectedText !== "" && !/^\d{1,5}$/.test(expectedText))
    errors.push({
      row,
      column: "expected_stock",
      message: "Expected stock is a whole number of pairs, 0 or more, or empty",
    });
  if (errors.length > before) return null;
  return {
    sku,
    fitRange,
    sizeLabel,
    widthCode,
    stock: Number(stockText),
    expectedStock: expectedText === "" ? null : Number(expectedText),
    row,
  };
}

/** A SKU may not move between products, and a size/width may not change its SKU, on import. */
async function checkAgainstDatabase(db: PrismaClient, products: ImportProduct[]): Promise<CsvRowError[]> {
  const skus = products.flatMap((product) => product.variants.map((variant) => variant.sku));
  const slugs = products.map((product) => product.data.slug);
  const [bySku, bySlug] = await Promise.all([
    db.variant.findMany({ where: { sku: { in: skus } }, select: { sku: true, product: { select: { slug: true } } } }),
    db.product.findMany({
      where: { slug: { in: slugs } },
      select: { slug: true, variants: { select: { sku: true, fitRange: true, sizeLabel: true, widthCode: true } } },
    }),
  ]);
  const owner = new Map(bySku.map((variant) => [variant.sku, variant.product.slug]));
  const existing = new Map(bySlug.map((product) => [product.slug, product.variants]));
  const errors: CsvRowError[] = [];
  for (const product of products) {
    for (const variant of product.variants) {
      const ownerSlug = owner.get(variant.sku);
      if (ownerSlug && ownerSlug !== product.data.slug)
        errors.push({
          row: variant.row,
          column: "sku",
          message: `SKU ${variant.sku} belongs to another product (${ownerSlug})`,
        });
      const clash = existing
        .get(product.data.slug)
        ?.find(
          (v) =>
            v.fitRange === variant.fitRange &&
            v.sizeLabel === variant.sizeLabel &&
            v.widthCode === variant.widthCode &&
            v.sku !== variant.sku,
        );
      if (clash)
        errors.push({
          row: variant.row,
          column: "sku",
          message: `This size and width already exists with SKU ${clash.sku}`,
        });
    }
  }
  return errors;
}
