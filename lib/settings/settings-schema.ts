import "@/lib/validation/browser-zod-config";
import { z } from "zod";

// The store settings form and its Server Action share this schema. The return settings may be
// left out (an older form, a script): what is left out keeps its saved value.

export const TAX_MODES = ["inclusive", "exclusive"] as const;

export const TAX_MODE_LABELS: Record<(typeof TAX_MODES)[number], string> = {
  inclusive: 'Prices include tax (UK and EU VAT style, shown as "incl. VAT")',
  exclusive: "Tax is added at checkout by Stripe Tax",
};

export const storeSettingsSchema = z
  .object({
    taxMode: z.enum(TAX_MODES, { error: "Choose how prices and tax work" }),
    returnWindowDays: z.coerce
      .number({ error: "Enter a number of days" })
      .int({ error: "Enter a whole number of days" })
      .min(0, { error: "The return window can't be negative" })
      .max(365, { error: "Keep the return window to a year or less" })
      .optional(),
    refundShippingOnReturn: z.boolean({ error: "Choose whether shipping is refunded" }).optional(),
    returnAddress: z
      .string()
      .trim()
      .min(10, { error: "Enter the full address returns are sent to" })
      .max(500, { error: "Keep the address under 500 characters" })
      .optional(),
  })
  .strict();

export type StoreSettingsValues = z.input<typeof storeSettingsSchema>;
