import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/validation/possible-slug";

// A collection and its shoes in display order, shared by the form and the Server Action.
export const collectionSchema = z
  .object({
    title: z.string().trim().min(2, "Enter a title").max(120),
    slug: z
      .string()
      .trim()
      .min(2, "Enter a web address")
      .max(80)
      .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens"),
    description: z.string().trim().min(10, "Write a sentence about the collection").max(1000),
    featuredRank: z
      .string()
      .trim()
      .regex(/^(?:[1-9]\d{0,3})?$/, "Leave empty to keep it off the home page, or 1 to 9999"),
    productIds: z
      .array(z.string().min(1).max(40))
      .max(500)
      .refine((ids) => new Set(ids).size === ids.length, "A shoe is listed twice"),
  })
  .strict();

export type CollectionFormValues = z.input<typeof collectionSchema>;
