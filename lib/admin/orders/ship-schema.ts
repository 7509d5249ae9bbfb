import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { CARRIER_CODES, CARRIERS } from "@/lib/orders/carriers";

// Carriers' tracking numbers are letters, digits and sometimes spaces or hyphens.
const trackingNumber = z
  .string()
  .trim()
  .max(64, "That tracking number is too long")
  .refine((value) => value === "" || value.length >= 4, "A tracking number has at least 4 characters")
  .refine(
    (value) => value === "" || /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(value),
    "Use letters, digits, spaces and hyphens only",
  );

/**
 * Marking an order shipped: the carrier and, optionally, its tracking number. API clients that
 * send only a tracking number (as before carriers were recorded) ship with "Another carrier".
 */
export const shipOrderSchema = z
  .object({
    carrier: z.enum(CARRIER_CODES, "Choose how the order travels").default("other"),
    trackingNumber: trackingNumber.default(""),
  })
  .strict()
  .superRefine(({ carrier, trackingNumber }, context) => {
    if (!CARRIERS[carrier].tracked && trackingNumber !== "")
      context.addIssue({
        code: "custom",
        path: ["trackingNumber"],
        message: `${CARRIERS[carrier].name} has no tracking number: leave it empty, or choose a carrier`,
      });
  });

export type ShipOrderInput = z.input<typeof shipOrderSchema>;
export type ShipOrder = z.output<typeof shipOrderSchema>;
