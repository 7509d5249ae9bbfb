// Which shipping rates a checkout offers, and at what price. Pure: checkout calls it with the
// active rates it read in the hold's transaction, and the result is stored on the order, so the
// Checkout Session (and any retry of it under the same idempotency key) is built from that copy.

/** The ShippingRate columns a ShippingRateRow holds, as a Prisma select. */
export const SHIPPING_RATE_ROW_FIELDS = {
  id: true,
  name: true,
  priceCents: true,
  currency: true,
  minBusinessDays: true,
  maxBusinessDays: true,
  countries: true,
  freeOverCents: true,
} as const;

export type ShippingRateRow = {
  id: string;
  name: string;
  priceCents: number;
  currency: string;
  minBusinessDays: number;
  maxBusinessDays: number;
  countries: string[];
  freeOverCents: number | null;
};

/** One offered rate as the order keeps it (Order.shippingOptions), in the order Stripe shows them. */
export type ShippingOptionSnapshot = {
  rateId: string;
  name: string;
  /** What this checkout charges for it: 0 once the lines reach the rate's free-shipping threshold. */
  amountCents: number;
  minDays: number;
  maxDays: number;
  countries: string[];
};

/** Stripe Checkout takes at most 5 shipping_options. */
export const MAX_SHIPPING_OPTIONS = 5;

/**
 * The rates for an order of `linesCents` in `currency`: those in its currency (and, when the
 * shopper's country is known, those that ship there), each at 0 when the lines reach its
 * free-shipping threshold, cheapest first (Stripe preselects the first), at most 5.
 */
export function offerShippingOptions(
  rates: ShippingRateRow[],
  { linesCents, currency, country = null }: { linesCents: number; currency: string; country?: string | null },
): ShippingOptionSnapshot[] {
  return rates
    .filter((rate) => rate.currency === currency && rate.countries.length > 0)
    .filter((rate) => country === null || rate.countries.includes(country))
    .map((rate) => ({
      rateId: rate.id,
      name: rate.name,
      amountCents: rate.freeOverCents !== null && rate.freeOverCents <= linesCents ? 0 : rate.priceCents,
      minDays: rate.minBusinessDays,
      maxDays: rate.maxBusinessDays,
      // A checkout for a known country ships only there, whatever else the rate covers.
      countries: country === null ? [...rate.countries].sort() : [country],
    }))
    .sort(
      (a, b) =>
        a.amountCents - b.amountCents || a.maxDays - b.maxDays || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )
    .slice(0, MAX_SHIPPING_OPTIONS);
}

/** The countries a checkout lets the shopper ship to: every country an offered rate covers. */
export function shippingCountries(options: ShippingOptionSnapshot[]): string[] {
  return [...new Set(options.flatMap((option) => option.countries))].sort();
}

/** Reads Order.shippingOptions back; anything that isn't a list of snapshots reads as none. */
export function readShippingOptions(value: unknown): ShippingOptionSnapshot[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is ShippingOptionSnapshot =>
      typeof item === "object" &&
      item !== null &&
      typeof (item as ShippingOptionSnapshot).rateId === "string" &&
      typeof (item as ShippingOptionSnapshot).name === "string" &&
      Number.isSafeInteger((item as ShippingOptionSnapshot).amountCents) &&
      Number.isSafeInteger((item as ShippingOptionSnapshot).minDays) &&
      Number.isSafeInteger((item as ShippingOptionSnapshot).maxDays) &&
      Array.isArray((item as ShippingOptionSnapshot).countries),
  );
}
