import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { PRODUCT_RANGES } from "@/lib/catalog/fit-facts";

// The products list's search and filters, read from the URL (?q=&status=&brand=&range=&page=).
// Anything unparseable falls back to "no filter" rather than an error page.
export const productFiltersSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  status: z.enum(["all", "published", "draft", "archived"]).catch("all"),
  brand: z.string().max(40).catch(""),
  range: z.enum(["", ...PRODUCT_RANGES]).catch(""),
  stock: z.enum(["", "low", "out"]).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type ProductFilters = z.output<typeof productFiltersSchema>;

export function parseProductFilters(params: Record<string, string | string[] | undefined>): ProductFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return productFiltersSchema.parse({
    q: first(params.q) ?? "",
    status: first(params.status) ?? "all",
    brand: first(params.brand) ?? "",
    range: first(params.range) ?? "",
    stock: first(params.stock) ?? "",
    page: first(params.page) ?? 1,
  });
}
