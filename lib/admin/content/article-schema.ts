import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { findBannedPhrases } from "@/lib/fit/banned-phrases";
import { SLUG_PATTERN } from "@/lib/validation/possible-slug";

// The article form's schema, shared by the editor and the Server Action. Guides are general
// walking and fit guidance: the same copy rules as products apply (docs/product-spec.md §1).

function noBannedPhrases(value: string, ctx: z.RefinementCtx) {
  const found = findBannedPhrases(value);
  if (found.length > 0)
    ctx.addIssue({
      code: "custom",
      message: `Remove the health claim "${found[0]}" (guides give guidance, not treatment claims)`,
    });
}

export const ARTICLE_BODY_MAX = 50_000;

export const articleSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "Enter a title")
      .max(160, "Keep the title under 160 characters")
      .superRefine(noBannedPhrases),
    slug: z
      .string()
      .trim()
      .min(2, "Enter a web address")
      .max(80)
      .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens"),
    summary: z
      .string()
      .trim()
      .min(10, "Write a one-sentence summary")
      .max(300, "Keep the summary under 300 characters")
      .superRefine(noBannedPhrases),
    body: z
      .string()
      .min(20, "Write the article (at least 20 characters)")
      .max(ARTICLE_BODY_MAX, "The article is too long")
      .superRefine(noBannedPhrases),
    tags: z
      .string()
      .max(400)
      .refine(
        (value) => splitTags(value).every((tag) => /^[a-z0-9][a-z0-9 -]{0,29}$/.test(tag)),
        "Tags: lower-case words separated by commas, up to 30 characters each",
      )
      .refine((value) => splitTags(value).length <= 10, "At most 10 tags"),
    published: z.boolean(),
    featuredRank: z
      .string()
      .trim()
      .regex(/^(?:[1-9]\d{0,3})?$/, "Leave empty, or 1 to 9999"),
    productIds: z.array(z.string().min(1).max(40)).max(24, "Link at most 24 shoes"),
  })
  .strict();

export type ArticleFormValues = z.input<typeof articleSchema>;

export function splitTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(",")
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export const markdownPreviewSchema = z.string().max(ARTICLE_BODY_MAX, "The article is too long");
