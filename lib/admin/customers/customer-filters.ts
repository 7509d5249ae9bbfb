import "@/lib/validation/browser-zod-config";
import { z } from "zod";

// The customers list's search and page, read from the URL (?q=&page=). Anything unparseable
// falls back to "no search" or the first page rather than an error page.
export const customerFiltersSchema = z.object({
  /** Part of an email address, any case. */
  q: z.string().trim().max(254).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type CustomerFilters = z.output<typeof customerFiltersSchema>;

export function parseCustomerFilters(params: Record<string, string | string[] | undefined>): CustomerFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return customerFiltersSchema.parse({ q: first(params.q) ?? "", page: first(params.page) ?? 1 });
}

/** The customer page's email (?email=): one address, compared in lower case; null when missing or unusable. */
export function parseCustomerEmail(params: Record<string, string | string[] | undefined>): string | null {
  const value = params.email;
  const parsed = z
    .string()
    .trim()
    .min(3)
    .max(254)
    .safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data.toLowerCase() : null;
}
