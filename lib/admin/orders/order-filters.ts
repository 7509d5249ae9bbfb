import "@/lib/validation/browser-zod-config";
import { z } from "zod";

export const ORDER_STATUSES = [
  "PENDING",
  "AWAITING_PAYMENT",
  "PAID",
  "SHIPPED",
  "CANCELLED",
  "EXPIRED",
  "FAILED",
] as const;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

// The orders list's filters from the URL; unparseable values mean "no filter".
export const orderFiltersSchema = z.object({
  status: z.enum(["", ...ORDER_STATUSES]).catch(""),
  /** Order number (SS-1042 or 1042), or part of an email, a shipping name or a SKU. */
  q: z.string().trim().max(254).catch(""),
  from: z.union([z.literal(""), isoDay]).catch(""),
  to: z.union([z.literal(""), isoDay]).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type OrderFilters = z.output<typeof orderFiltersSchema>;

export function parseOrderFilters(params: Record<string, string | string[] | undefined>): OrderFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return orderFiltersSchema.parse({
    status: first(params.status) ?? "",
    // `email` was the search's name before it looked at more than emails: old bookmarks still work.
    q: first(params.q) ?? first(params.email) ?? "",
    from: first(params.from) ?? "",
    to: first(params.to) ?? "",
    page: first(params.page) ?? 1,
  });
}
