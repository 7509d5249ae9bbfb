import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { parseDecimalToCents } from "@/lib/money";
import { isShippingCountry } from "@/lib/orders/shipping-countries";
import { wholeNumber } from "../catalog/product-schema";

// The shipping rate form's schema, shared by the browser (react-hook-form) and the Server Action,
// which parses the same values again. Money and days stay strings, as inputs give them;
// toShippingRateData() makes them the database's integers.

const MAX_PRICE_CENTS = 10_000_00;

/** "GB, IE fr" → ["FR", "GB", "IE"]: codes split on commas or spaces, upper-cased, once each. */
export function splitCountryCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ].sort();
}

const money = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => parseDecimalToCents(value) !== null, `${label}: enter an amount like 4.95 (0 for free)`)
    .refine((value) => (parseDecimalToCents(value) ?? 0) <= MAX_PRICE_CENTS, `${label} must be under $10,000`);

export const shippingRateSchema = z
  .object({
    name: z.string().trim().min(2, "Name the rate (Standard, Express…)").max(60, "Keep the name under 60 characters"),
    price: money("Price"),
    minBusinessDays: wholeNumber("Fastest delivery", 0, 60),
    maxBusinessDays: wholeNumber("Slowest delivery", 0, 60),
    countries: z
      .string()
      .trim()
      .max(2000, "That is more countries than exist")
      .superRefine((value, ctx) => {
        const codes = splitCountryCodes(value);
        if (codes.length === 0) {
          ctx.addIssue({ code: "custom", message: "List at least one country code, like US or GB" });
          return;
        }
        const unknown = codes.filter((code) => !isShippingCountry(code));
        if (unknown.length > 0)
          ctx.addIssue({
            code: "custom",
            message: `Not a country Stripe ships to: ${unknown.slice(0, 5).join(", ")}. Use two-letter codes like US, GB, DE`,
          });
      }),
    freeOver: z
      .string()
      .trim()
      .refine(
        (value) => value === "" || parseDecimalToCents(value) !== null,
        "Leave empty, or enter an order amount like 100.00",
      )
      .refine((value) => value === "" || (parseDecimalToCents(value) ?? 0) <= 1_000_000_00, "That is above $1,000,000"),
    active: z.boolean(),
  })
  .strict()
  .refine((value) => Number(value.minBusinessDays) <= Number(value.maxBusinessDays), {
    path: ["maxBusinessDays"],
    message: "The slowest delivery can't be quicker than the fastest",
  });

export type ShippingRateFormValues = z.input<typeof shippingRateSchema>;
export type ShippingRateFormOutput = z.output<typeof shippingRateSchema>;

export function toShippingRateData(values: ShippingRateFormOutput) {
  return {
    name: values.name,
    priceCents: parseDecimalToCents(values.price) as number,
    minBusinessDays: Number(values.minBusinessDays),
    maxBusinessDays: Number(values.maxBusinessDays),
    countries: splitCountryCodes(values.countries),
    freeOverCents: values.freeOver === "" ? null : parseDecimalToCents(values.freeOver),
    active: values.active,
  };
}
