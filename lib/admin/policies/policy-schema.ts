import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { findBannedPhrases } from "@/lib/fit/banned-phrases";

// The policy editor's schema, shared by the editor and the Server Action. Policy pages follow the
// guides' copy rules (docs/product-spec.md §1): fit and comfort, never treatment claims.

function noBannedPhrases(value: string, ctx: z.RefinementCtx) {
  const found = findBannedPhrases(value);
  if (found.length > 0)
    ctx.addIssue({
      code: "custom",
      message: `Remove the health claim "${found[0]}" (the shop makes no treatment claims)`,
    });
}

export const POLICY_BODY_MAX = 30_000;

export const policySchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "Enter a title")
      .max(120, "Keep the title under 120 characters")
      .superRefine(noBannedPhrases),
    summary: z
      .string()
      .trim()
      .min(10, "Write a one-sentence summary")
      .max(300, "Keep the summary under 300 characters")
      .superRefine(noBannedPhrases),
    body: z
      .string()
      .min(20, "Write the page (at least 20 characters)")
      .max(POLICY_BODY_MAX, "The page is too long")
      .superRefine(noBannedPhrases),
  })
  .strict();

export type PolicyFormValues = z.input<typeof policySchema>;
