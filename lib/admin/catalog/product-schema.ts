import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import {
  BASE_WIDTHS,
  CATEGORIES,
  CLOSURES,
  HEEL_COUNTERS,
  OUTSOLES,
  PRODUCT_RANGES,
  ROCKERS,
  SUPPORTS,
  TOE_BOXES,
} from "@/lib/catalog/fit-facts";
import { findBannedPhrases } from "@/lib/fit/banned-phrases";
import { parseDecimalToCents } from "@/lib/money";
import { SLUG_PATTERN } from "@/lib/validation/possible-slug";

// The product form's schema, shared by the browser (react-hook-form) and the Server Action,
// which parses the same values again. Numbers stay strings here, as HTML inputs give them;
// toProductData() turns them into the database's integers.

/** A whole number written in a text field, within [min, max]. */
export function wholeNumber(label: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, `${label}: enter a whole number`)
    .refine((value) => Number(value) >= min && Number(value) <= max, `${label} must be between ${min} and ${max}`);
}

/** Shopper copy keeps to fit and comfort (docs/product-spec.md §1): no pain or treatment claims. */
function noBannedPhrases(value: string, ctx: z.RefinementCtx) {
  const found = findBannedPhrases(value);
  if (found.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: `Remove the health claim "${found[0]}": describe fit and comfort instead`,
    });
  }
}

export const productSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, "Enter a name")
      .max(120, "Keep the name under 120 characters")
      .superRefine(noBannedPhrases),
    slug: z
      .string()
      .trim()
      .min(2, "Enter a web address")
      .max(80, "Keep it under 80 characters")
      .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens"),
    brandId: z.string().min(1, "Choose a brand").max(40),
    range: z.enum(PRODUCT_RANGES, { message: "Choose who it is sized for" }),
    category: z.enum(CATEGORIES, { message: "Choose a category" }),
    description: z
      .string()
      .trim()
      .min(20, "Write at least a sentence (20 characters)")
      .max(2000, "Keep it under 2,000 characters")
      .superRefine(noBannedPhrases),
    price: z
      .string()
      .trim()
      .refine((value) => (parseDecimalToCents(value) ?? 0) > 0, "Enter a price like 129.95")
      .refine((value) => (parseDecimalToCents(value) ?? 0) <= 100_000_00, "That price is above $100,000"),
    featuredRank: z
      .string()
      .trim()
      .regex(/^(?:[1-9]\d{0,3})?$/, "Leave empty, or 1 to 9999"),
    published: z.boolean(),
    support: z.enum(SUPPORTS, { message: "Choose the support type" }),
    cushionLevel: wholeNumber("Cushioning", 1, 5),
    heelStackMm: wholeNumber("Heel stack", 5, 60),
    forefootStackMm: wholeNumber("Forefoot stack", 3, 55),
    rocker: z.enum(ROCKERS, { message: "Choose the rocker shape" }),
    heelCounter: z.enum(HEEL_COUNTERS, { message: "Choose the heel counter" }),
    baseWidth: z.enum(BASE_WIDTHS, { message: "Choose the base width" }),
    toeBox: z.enum(TOE_BOXES, { message: "Choose the toe box" }),
    weightG: wholeNumber("Weight", 100, 1200),
    removableInsole: z.boolean(),
    closure: z.enum(CLOSURES, { message: "Choose the closure" }),
    outsole: z.enum(OUTSOLES, { message: "Choose the outsole" }),
  })
  .strict()
  .refine((value) => Number(value.forefootStackMm) <= Number(value.heelStackMm), {
    path: ["forefootStackMm"],
    message: "The forefoot stack can't be higher than the heel stack (the drop would be negative)",
  });

export type ProductFormValues = z.input<typeof productSchema>;
export type ProductFormOutput = z.output<typeof productSchema>;

/** The parsed form as the Product row's columns. */
export function toProductData(values: ProductFormOutput) {
  const heel = Number(values.heelStackMm);
  const forefoot = Number(values.forefootStackMm);
  return {
    name: values.name,
    slug: values.slug,
    brandId: values.brandId,
    range: values.range,
    category: values.category,
    description: values.description,
    priceCents: parseDecimalToCents(values.price) as number,
    featuredRank: values.featuredRank === "" ? null : Number(values.featuredRank),
    published: values.published,
    support: values.support,
    cushionLevel: Number(values.cushionLevel),
    heelStackMm: heel,
    forefootStackMm: forefoot,
    dropMm: heel - forefoot,
    rocker: values.rocker,
    heelCounter: values.heelCounter,
    baseWidth: values.baseWidth,
    toeBox: values.toeBox,
    weightG: Number(values.weightG),
    removableInsole: values.removableInsole,
    closure: values.closure,
    outsole: values.outsole,
  };
}

export type ProductData = ReturnType<typeof toProductData>;

/** A slug suggestion from a name: "Trailwise Comfort 2" → "trailwise-comfort-2". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
