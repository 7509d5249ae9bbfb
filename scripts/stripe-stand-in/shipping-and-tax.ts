import type { FormObject, FormValue } from "./form-body";
import { SHIPPING_COUNTRY_CODES } from "../../lib/orders/shipping-countries";

// The shipping and tax parameters of a Checkout Session, read and checked the way Stripe reads
// them (shipping_address_collection, shipping_options with shipping_rate_data,
// phone_number_collection, automatic_tax, price_data.tax_behavior), and the sums Stripe does with
// them once the shopper has chosen a rate and given an address.

export type TaxBehavior = "inclusive" | "exclusive" | "unspecified";

export type StandInShippingRate = {
  id: string;
  displayName: string;
  amount: number;
  currency: string;
  taxBehavior: TaxBehavior;
  deliveryEstimate: {
    minimum: { unit: string; value: number } | null;
    maximum: { unit: string; value: number } | null;
  } | null;
  metadata: Record<string, string>;
};

export type ShippingAndTaxParams = {
  allowedCountries: string[] | null;
  shippingRates: StandInShippingRate[];
  phoneNumberCollection: boolean;
  automaticTax: boolean;
};

/** Stripe Checkout accepts at most 5 shipping options. */
export const MAX_SHIPPING_OPTIONS = 5;

const STRIPE_COUNTRIES = new Set(SHIPPING_COUNTRY_CODES);
const DELIVERY_UNITS = new Set(["business_day", "day", "hour", "week", "month"]);

type Invalid = (message: string, param?: string) => never;

function asObject(value: FormValue | undefined, param: string, invalid: Invalid): FormObject {
  if (value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) return invalid(`Invalid object: ${param}.`, param);
  return value;
}

function asBoolean(value: FormValue | undefined, param: string, invalid: Invalid): boolean {
  if (value === undefined) return invalid(`Missing required param: ${param}.`, param);
  if (value !== "true" && value !== "false") return invalid(`Invalid boolean: ${String(value)}`, param);
  return value === "true";
}

function asInteger(value: FormValue | undefined, param: string, min: number, invalid: Invalid): number {
  if (typeof value !== "string" || value === "") return invalid(`Missing required param: ${param}.`, param);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    return invalid(`Invalid integer: ${value}`, param);
  if (Number(value) < min) return invalid(`This value must be greater than or equal to ${min}.`, param);
  return Number(value);
}

export function parseTaxBehavior(value: FormValue | undefined, param: string, invalid: Invalid): TaxBehavior {
  if (value === undefined) return "unspecified";
  if (value !== "inclusive" && value !== "exclusive" && value !== "unspecified")
    return invalid(`Invalid tax_behavior: must be one of exclusive, inclusive, or unspecified`, param);
  return value;
}

function parseEstimate(value: FormValue | undefined, param: string, invalid: Invalid) {
  if (value === undefined) return null;
  const estimate = asObject(value, param, invalid);
  const bound = (key: "minimum" | "maximum") => {
    if (estimate[key] === undefined) return null;
    const part = asObject(estimate[key], `${param}[${key}]`, invalid);
    const unit = part.unit;
    if (typeof unit !== "string" || !DELIVERY_UNITS.has(unit))
      return invalid(
        `Invalid ${key} unit: must be one of business_day, day, hour, week, or month`,
        `${param}[${key}][unit]`,
      );
    return { unit, value: asInteger(part.value, `${param}[${key}][value]`, 1, invalid) };
  };
  const minimum = bound("minimum");
  const maximum = bound("maximum");
  if (minimum && maximum && minimum.unit === maximum.unit && minimum.value > maximum.value)
    invalid("The delivery estimate's minimum must not be greater than its maximum.", `${param}[minimum]`);
  return { minimum, maximum };
}

export function parseShippingAndTax(
  params: FormObject,
  currency: string,
  invalid: Invalid,
  newRateId: () => string,
): ShippingAndTaxParams {
  let allowedCountries: string[] | null = null;
  if (params.shipping_address_collection !== undefined) {
    const collection = asObject(params.shipping_address_collection, "shipping_address_collection", invalid);
    const countries = collection.allowed_countries;
    if (!Array.isArray(countries) || countries.length === 0)
      invalid(
        "Missing required param: shipping_address_collection[allowed_countries].",
        "shipping_address_collection[allowed_countries]",
      );
    allowedCountries = countries.map((code, index) => {
      const param = `shipping_address_collection[allowed_countries][${index}]`;
      if (typeof code !== "string" || !STRIPE_COUNTRIES.has(code))
        return invalid(`Invalid allowed_countries[${index}]: must be one of the supported country codes`, param);
      return code;
    });
  }

  const rawOptions = params.shipping_options;
  let shippingRates: StandInShippingRate[] = [];
  if (rawOptions !== undefined) {
    if (!Array.isArray(rawOptions)) invalid("Invalid array: shipping_options.", "shipping_options");
    if (rawOptions.length > MAX_SHIPPING_OPTIONS)
      invalid(`You may only specify up to ${MAX_SHIPPING_OPTIONS} shipping options.`, "shipping_options");
    shippingRates = rawOptions.map((option, index) => {
      const param = `shipping_options[${index}][shipping_rate_data]`;
      const data = asObject(asObject(option, `shipping_options[${index}]`, invalid).shipping_rate_data, param, invalid);
      if (Object.keys(data).length === 0)
        invalid(
          "Each shipping option needs shipping_rate or shipping_rate_data; this stand-in supports shipping_rate_data.",
          param,
        );
      if (data.type !== undefined && data.type !== "fixed_amount")
        invalid("Invalid type: must be fixed_amount", `${param}[type]`);
      const displayName = data.display_name;
      if (typeof displayName !== "string" || displayName === "")
        invalid(`Missing required param: ${param}[display_name].`, `${param}[display_name]`);
      if (displayName.length > 100) invalid("display_name must be at most 100 characters.", `${param}[display_name]`);
      const fixed = asObject(data.fixed_amount, `${param}[fixed_amount]`, invalid);
      const amount = asInteger(fixed.amount, `${param}[fixed_amount][amount]`, 0, invalid);
      const rateCurrency = typeof fixed.currency === "string" ? fixed.currency.toLowerCase() : "";
      if (!rateCurrency)
        invalid(`Missing required param: ${param}[fixed_amount][currency].`, `${param}[fixed_amount][currency]`);
      if (rateCurrency !== currency)
        invalid(
          `The shipping rate's currency (${rateCurrency}) must match the currency of the line items (${currency}).`,
          `${param}[fixed_amount][currency]`,
        );
      const metadata: Record<string, string> = {};
      for (const [key, value] of Object.entries(asObject(data.metadata, `${param}[metadata]`, invalid))) {
        if (typeof value !== "string") invalid(`Invalid metadata value for ${key}.`, `${param}[metadata][${key}]`);
        metadata[key] = value;
      }
      return {
        id: newRateId(),
        displayName,
        amount,
        currency,
        taxBehavior: parseTaxBehavior(data.tax_behavior, `${param}[tax_behavior]`, invalid),
        deliveryEstimate: parseEstimate(data.delivery_estimate, `${param}[delivery_estimate]`, invalid),
        metadata,
      };
    });
  }

  const phone = asObject(params.phone_number_collection, "phone_number_collection", invalid);
  const tax = asObject(params.automatic_tax, "automatic_tax", invalid);
  return {
    allowedCountries,
    shippingRates,
    phoneNumberCollection:
      params.phone_number_collection === undefined
        ? false
        : asBoolean(phone.enabled, "phone_number_collection[enabled]", invalid),
    automaticTax:
      params.automatic_tax === undefined ? false : asBoolean(tax.enabled, "automatic_tax[enabled]", invalid),
  };
}

/**
 * The tax on one amount at `rateBps` (basis points: 2000 is 20 %), rounded per amount as Stripe
 * Tax rounds per line: added on top when exclusive, the part of the amount that is tax when
 * inclusive. Nothing for unspecified (Stripe refuses those with automatic tax on).
 */
export function taxOn(amount: number, behavior: TaxBehavior, rateBps: number): number {
  if (rateBps <= 0 || behavior === "unspecified") return 0;
  if (behavior === "exclusive") return Math.round((amount * rateBps) / 10_000);
  return amount - Math.round((amount * 10_000) / (10_000 + rateBps));
}
