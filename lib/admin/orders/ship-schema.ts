import "@/lib/validation/browser-zod-config";
import { z } from "zod";

// Carriers' tracking numbers are letters, digits and sometimes spaces or hyphens.
export const shipOrderSchema = z
  .object({
    trackingNumber: z
      .string()
      .trim()
      .min(4, "Enter the carrier's tracking number")
      .max(64, "That tracking number is too long")
      .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, "Use letters, digits, spaces and hyphens only"),
  })
  .strict();

export type ShipOrderInput = z.input<typeof shipOrderSchema>;
