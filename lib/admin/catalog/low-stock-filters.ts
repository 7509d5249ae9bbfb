import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { FIT_RANGES } from "@/lib/catalog/fit-facts";

/** Which sizes the low-stock list shows: sold out and low together, or one of the two. */
export const STOCK_LEVELS = ["both", "low", "out"] as const;
export type StockLevel = (typeof STOCK_LEVELS)[number];

// The low-stock list's filters, read from the URL (?level=&brand=&q=&range=&page=) by the page
// and by its CSV export, so the download holds exactly what the page lists. Anything unparseable
// falls back to "no filter" rather than an error page.
export const lowStockFiltersSchema = z.object({
  level: z.enum(STOCK_LEVELS).catch("both"),
  /** A brand's id (the products list's brand filter uses the same). */
  brand: z.string().trim().max(40).catch(""),
  /** Part of the shoe's name or of the size's SKU. */
  q: z.string().trim().max(100).catch(""),
  range: z.enum(["", ...FIT_RANGES]).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type LowStockFilters = z.output<typeof lowStockFiltersSchema>;

export function parseLowStockFilters(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): LowStockFilters {
  const read = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(value) ? value[0] : value) ?? undefined;
  };
  return lowStockFiltersSchema.parse({
    level: read("level") ?? "both",
    brand: read("brand") ?? "",
    q: read("q") ?? "",
    range: read("range") ?? "",
    page: read("page") ?? 1,
  });
}
