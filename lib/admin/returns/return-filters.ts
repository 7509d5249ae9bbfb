import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { RETURN_REASONS } from "@/lib/returns/return-reasons";
import { isStorableText } from "@/lib/validation/storable-text";

export const RETURN_STATUSES = [
  "REQUESTED",
  "APPROVED",
  "DECLINED",
  "RECEIVED",
  "REFUNDED",
  "EXCHANGE_SHIPPED",
] as const;

/** The statuses that still need a member of staff: the queue's default view. */
export const OPEN_RETURN_STATUSES = ["REQUESTED", "APPROVED", "RECEIVED"] as const;

/**
 * The queue's status tabs: "open" (the default), "any", or one status. Not "all" or "": the page
 * links drop those as "no filter", and here no filter means "open".
 */
export const RETURN_STATUS_FILTERS = ["open", "any", ...RETURN_STATUSES] as const;

export type ReturnStatusFilter = (typeof RETURN_STATUS_FILTERS)[number];

// The returns queue's filters from the URL; an unparseable value means that filter's default.
export const returnFiltersSchema = z.object({
  status: z.enum(RETURN_STATUS_FILTERS).catch("open"),
  resolution: z.enum(["", "refund", "exchange"]).catch(""),
  reason: z.enum(["", ...RETURN_REASONS]).catch(""),
  /** Return number (R-1001 or 1001), order number (SS-1042), or part of the shopper's email. */
  // A NUL byte or a lone surrogate can't be compared as PostgreSQL text: no search rather than a 500.
  q: z.string().trim().max(254).refine(isStorableText).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type ReturnFilters = z.output<typeof returnFiltersSchema>;

export function parseReturnFilters(params: Record<string, string | string[] | undefined>): ReturnFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return returnFiltersSchema.parse({
    status: first(params.status) ?? "open",
    resolution: first(params.resolution) ?? "",
    reason: first(params.reason) ?? "",
    q: first(params.q) ?? "",
    page: first(params.page) ?? 1,
  });
}

/** "R-1001", "r 1001" or "1001" → 1001; null for anything else. */
export function parseReturnNumber(text: string): number | null {
  const match = /^\s*(?:r[-\s]?)?(\d{1,9})\s*$/i.exec(text);
  return match ? Number(match[1]) : null;
}
