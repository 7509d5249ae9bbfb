import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { RETURN_REASONS } from "./return-reasons";

// The shopper's return form and its Server Action share this schema. It asks nothing about
// health: only which pairs, why (fit first), and refund or exchange.

export const RETURN_COMMENT_MAX = 1000;

const id = z.string().min(1).max(40);

export const returnLineInputSchema = z
  .object({
    orderLineId: id,
    /** 0 leaves this line out of the return. */
    quantity: z.coerce.number({ error: "Choose how many pairs" }).int().min(0).max(12),
    reason: z.enum(RETURN_REASONS, { error: "Choose a reason" }).or(z.literal("")),
    /** For an exchange: the size and width wanted instead (a variant of the same shoe). */
    exchangeVariantId: z.string().max(40).default(""),
  })
  .strict();

export const returnRequestSchema = z
  .object({
    resolution: z.enum(["refund", "exchange"], { error: "Choose a refund or an exchange" }),
    lines: z.array(returnLineInputSchema).min(1).max(50),
    comment: z
      .string()
      .trim()
      .max(RETURN_COMMENT_MAX, { error: `Keep the comment under ${RETURN_COMMENT_MAX} characters` })
      .default(""),
  })
  .strict()
  .superRefine((value, ctx) => {
    const chosen = value.lines.filter((line) => line.quantity > 0);
    if (chosen.length === 0)
      ctx.addIssue({ code: "custom", path: ["lines"], message: "Choose at least one pair to send back" });
    value.lines.forEach((line, index) => {
      if (line.quantity === 0) return;
      if (line.reason === "")
        ctx.addIssue({ code: "custom", path: ["lines", index, "reason"], message: "Choose a reason" });
      if (value.resolution === "exchange" && line.exchangeVariantId === "")
        ctx.addIssue({
          code: "custom",
          path: ["lines", index, "exchangeVariantId"],
          message: "Choose the size and width you'd like instead",
        });
    });
  });

export type ReturnRequestValues = z.input<typeof returnRequestSchema>;
export type ReturnRequestInput = z.output<typeof returnRequestSchema>;
