import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { isTrackingParam } from "@/lib/http/tracking-params";
import { CLOSURES, FIT_RANGES, SUPPORTS } from "./fit-facts";
import { WIDTH_CODES } from "./width-codes";

// The listing's filters, as kept in the URL (/shoes?width=4E&range=men) and accepted by
// GET /api/products. One schema for both, so the page and the API agree on every value.

export const DROP_BANDS = {
  "0-4": { label: "Low (0-4 mm)", min: 0, max: 4 },
  "5-8": { label: "Medium (5-8 mm)", min: 5, max: 8 },
  "9-16": { label: "High (9 mm and up)", min: 9, max: 16 },
} as const;

/** Price bands in cents; the upper bound is exclusive. */
export const PRICE_BANDS = {
  "under-100": { label: "Under $100", min: 0, max: 10_000 },
  "100-130": { label: "$100 to $130", min: 10_000, max: 13_000 },
  "130-160": { label: "$130 to $160", min: 13_000, max: 16_000 },
  "160-up": { label: "$160 and up", min: 16_000, max: Number.MAX_SAFE_INTEGER },
} as const;

export const SORTS = {
  featured: "Featured",
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
  newest: "Newest",
} as const;

export const PAGE_SIZE = 24;

const sizeLabel = z
  .string()
  .regex(/^\d{1,2}(\.5)?$/, "Use a size like 9 or 10.5")
  .refine((value) => Number(value) >= 4 && Number(value) <= 16, "Sizes run from 4 to 16");

export const listingQuerySchema = z
  .object({
    range: z.enum(FIT_RANGES, { message: "Choose men or women" }).optional(),
    size: sizeLabel.optional(),
    width: z.enum(WIDTH_CODES, { message: `Width must be one of ${WIDTH_CODES.join(", ")}` }).optional(),
    support: z.enum(SUPPORTS, { message: `Support must be one of ${SUPPORTS.join(", ")}` }).optional(),
    cushion: z.coerce
      .number({ message: "Cushion must be a number from 1 to 5" })
      .int("Cushion must be a whole number")
      .min(1, "Cushion runs from 1 to 5")
      .max(5, "Cushion runs from 1 to 5")
      .optional(),
    drop: z
      .enum(Object.keys(DROP_BANDS) as [keyof typeof DROP_BANDS], {
        message: `Drop must be one of ${Object.keys(DROP_BANDS).join(", ")}`,
      })
      .optional(),
    price: z
      .enum(Object.keys(PRICE_BANDS) as [keyof typeof PRICE_BANDS], {
        message: `Price must be one of ${Object.keys(PRICE_BANDS).join(", ")}`,
      })
      .optional(),
    insole: z.enum(["removable"], { message: "Insole filter accepts only 'removable'" }).optional(),
    closure: z.enum(CLOSURES, { message: `Closure must be one of ${CLOSURES.join(", ")}` }).optional(),
    sort: z
      .enum(Object.keys(SORTS) as [keyof typeof SORTS], {
        message: `Sort must be one of ${Object.keys(SORTS).join(", ")}`,
      })
      .default("featured"),
    page: z.coerce
      .number({ message: "Page must be a number" })
      .int("Page must be a whole number")
      .min(1, "Pages start at 1")
      .max(10_000, "Page is too large")
      .default(1),
  })
  .strict();

export type ListingQuery = z.infer<typeof listingQuerySchema>;
export type FacetKey = "range" | "size" | "width" | "support" | "cushion" | "drop" | "price" | "insole" | "closure";
export const FACET_KEYS: FacetKey[] = [
  "range",
  "size",
  "width",
  "support",
  "cushion",
  "drop",
  "price",
  "insole",
  "closure",
];

type RawParams = Record<string, string | string[] | undefined>;

/** Keeps the first value of each key and drops empty ones ("?size=" means no size filter). */
export function flattenParams(params: RawParams | URLSearchParams): Record<string, string> {
  // No prototype: "?constructor=x" or "?__proto__=x" must become own keys that the strict schema
  // rejects, not be mistaken for already-set keys or silently swallowed by the prototype setter.
  const flat: Record<string, string> = Object.create(null);
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "" && !Object.hasOwn(flat, key)) flat[key] = first;
  }
  return flat;
}

/** Strict parse for the API: any bad value is a 400 with field errors. */
export function parseListingQuery(params: RawParams | URLSearchParams) {
  return listingQuerySchema.safeParse(flattenParams(params));
}

/**
 * Lenient parse for pages: a hand-edited or stale URL still shows shoes. Bad values are dropped
 * and named, so the page can say which filters it ignored. Tracking parameters (utm_source,
 * gclid, ...) were never filters: they are dropped without a word.
 */
export function parseListingQueryLeniently(params: RawParams): { query: ListingQuery; ignored: string[] } {
  const flat = flattenParams(params);
  for (const key of Object.keys(flat)) if (isTrackingParam(key)) delete flat[key];
  const ignored: string[] = [];
  for (;;) {
    const result = listingQuerySchema.safeParse(flat);
    if (result.success) return { query: result.data, ignored };
    const before = ignored.length;
    for (const issue of result.error.issues) {
      const key = issue.path[0] !== undefined ? String(issue.path[0]) : undefined;
      const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : [];
      for (const bad of key ? [key, ...unknownKeys] : unknownKeys) {
        if (bad in flat) {
          delete flat[bad];
          ignored.push(bad);
        }
      }
    }
    // Nothing left to drop (an issue without a field): fall back to the unfiltered listing.
    if (ignored.length === before)
      return { query: listingQuerySchema.parse({}), ignored: [...ignored, ...Object.keys(flat)] };
  }
}

/** The query string for a listing state, leaving out defaults so URLs stay short. */
export function listingHref(base: string, query: Partial<ListingQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (key === "sort" && value === "featured") continue;
    if (key === "page" && value === 1) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
