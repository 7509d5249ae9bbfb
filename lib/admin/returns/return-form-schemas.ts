import "@/lib/validation/browser-zod-config";
import { z } from "zod";

// The return page's forms and their Server Actions share these: decline-return.ts and
// receive-return.ts are server-only (they reach the database), so the schemas live here, where a
// client component can import them too.

export const declineReturnFormSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(5, { error: "Tell the shopper why, in a sentence" })
      .max(500, { error: "Keep the reason under 500 characters" }),
  })
  .strict();

export type DeclineReturnValues = z.output<typeof declineReturnFormSchema>;

export const receiveReturnFormSchema = z
  .object({
    lines: z
      .array(
        z
          .object({
            returnLineId: z.string().min(1).max(40),
            resellableQuantity: z.coerce.number({ error: "Enter how many can be sold again" }).int().min(0).max(12),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();

export type ReceiveReturnInput = z.input<typeof receiveReturnFormSchema>;
export type ReceiveReturnValues = z.output<typeof receiveReturnFormSchema>;
