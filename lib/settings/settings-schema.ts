import "@/lib/validation/browser-zod-config";
import { z } from "zod";

// The store settings form and its Server Action share this schema.

export const TAX_MODES = ["inclusive", "exclusive"] as const;

export const TAX_MODE_LABELS: Record<(typeof TAX_MODES)[number], string> = {
  inclusive: 'Prices include tax (UK and EU VAT style, shown as "incl. VAT")',
  exclusive: "Tax is added at checkout by Stripe Tax",
};

export const storeSettingsSchema = z
  .object({
    taxMode: z.enum(TAX_MODES, { error: "Choose how prices and tax work" }),
  })
  .strict();

export type StoreSettingsValues = z.input<typeof storeSettingsSchema>;
