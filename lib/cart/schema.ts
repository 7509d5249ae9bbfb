import "@/lib/validation/browser-zod-config";
import { z } from "zod";

// Cart inputs, shared by the add-to-cart button, the cart page's forms and the JSON API.
// Only a SKU and a quantity ever come from the client: prices are always read from the database,
// and any other field (price, amount, currency...) is dropped by these schemas.

export const MAX_LINE_QUANTITY = 10;

/** Cart and checkout bodies are a SKU and a number: 8 KiB is generous (larger gets 413). */
export const CART_BODY_LIMIT_BYTES = 8 * 1024;

export const skuSchema = z
  .string({ error: "Choose a size and width" })
  .trim()
  .min(1, "Choose a size and width")
  .max(64, "Not a SKU")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Not a SKU");

export const quantitySchema = z
  .number({ error: "Quantity must be a whole number from 1 to 10" })
  .int("Quantity must be a whole number from 1 to 10")
  .min(1, "Quantity must be at least 1")
  .max(MAX_LINE_QUANTITY, `You can buy at most ${MAX_LINE_QUANTITY} of one size`);

export const addCartItemSchema = z.object({ sku: skuSchema, quantity: quantitySchema });
export type AddCartItemInput = z.infer<typeof addCartItemSchema>;

export const setQuantitySchema = z.object({ quantity: quantitySchema });

/** Form posts carry text: "3" → 3, and anything else stays text so quantitySchema rejects it. */
export function quantityFromForm(value: FormDataEntryValue | null): unknown {
  return typeof value === "string" && /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : value;
}
