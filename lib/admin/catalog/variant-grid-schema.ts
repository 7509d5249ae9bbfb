import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { FIT_RANGES } from "@/lib/catalog/fit-facts";
import { WIDTH_CODES } from "@/lib/catalog/width-codes";

// The size × width grid's changed cells, shared by the grid (browser) and the Server Action.
// `stock` is the text in the cell: empty means "not offered in this size and width".
// `expected` is the stock shown when the grid was loaded (null for a new cell), so a sale that
// happened while the grid was open is noticed instead of overwritten.

export const SKU_PATTERN = /^[A-Z0-9][A-Z0-9.\-_]{1,63}$/;

export const gridCellSchema = z
  .object({
    fitRange: z.enum(FIT_RANGES),
    sizeLabel: z.string().regex(/^\d{1,2}(?:\.5)?$/, "Not a size label"),
    widthCode: z.enum(WIDTH_CODES),
    stock: z
      .string()
      .trim()
      .regex(/^(?:\d{1,5})?$/, "Stock is a whole number of pairs (0 or more), or empty for not offered"),
    sku: z
      .string()
      .trim()
      .toUpperCase()
      .refine((value) => value === "" || SKU_PATTERN.test(value), "SKU: capital letters, digits, dots and hyphens"),
    expected: z.number().int().min(0).nullable(),
  })
  .strict();

export const variantGridSchema = z
  .object({ cells: z.array(gridCellSchema).min(1, "Nothing changed").max(500, "Too many cells in one save") })
  .strict();

export type GridCell = z.input<typeof gridCellSchema>;

export function cellKey(cell: { fitRange: string; sizeLabel: string; widthCode: string }): string {
  return `${cell.fitRange}:${cell.sizeLabel}:${cell.widthCode}`;
}
