import "@/lib/validation/browser-zod-config";
import { z } from "zod";

/** The cart's code field, shared by the browser and the Server Action. */
export const discountCodeInputSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter a discount code")
    .max(32, "Discount codes are at most 32 characters")
    .regex(/^[A-Za-z0-9_-]+$/, "Discount codes use only letters, digits, - and _"),
});
