// The catalog's fit facts (docs/product-spec.md §4.1) as value lists, shared by zod schemas,
// filters, the seed and the fit engine. The Prisma enums carry the same values.

export const PRODUCT_RANGES = ["men", "women", "unisex"] as const;
export const FIT_RANGES = ["men", "women"] as const;
export const CATEGORIES = ["walking", "everyday", "recovery", "trail"] as const;
export const SUPPORTS = ["neutral", "stability", "motion"] as const;
export const ROCKERS = ["none", "mild", "pronounced"] as const;
export const HEEL_COUNTERS = ["flexible", "moderate", "firm"] as const;
export const BASE_WIDTHS = ["narrow", "standard", "wide"] as const;
export const TOE_BOXES = ["tapered", "standard", "roomy", "anatomical"] as const;
export const CLOSURES = ["laces", "hook_and_loop", "slip_on"] as const;
export const OUTSOLES = ["road", "mixed", "trail"] as const;

export type ProductRange = (typeof PRODUCT_RANGES)[number];
export type FitRange = (typeof FIT_RANGES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Support = (typeof SUPPORTS)[number];
export type Rocker = (typeof ROCKERS)[number];
export type HeelCounter = (typeof HEEL_COUNTERS)[number];
export type BaseWidth = (typeof BASE_WIDTHS)[number];
export type ToeBox = (typeof TOE_BOXES)[number];
export type Closure = (typeof CLOSURES)[number];
export type Outsole = (typeof OUTSOLES)[number];

export const CLOSURE_LABELS: Record<Closure, string> = {
  laces: "Laces",
  hook_and_loop: "Hook and loop",
  slip_on: "Slip-on",
};
