// The demo store's shipping rates (US dollars): created once, when the store has none, so a rate
// staff edited or deleted is never brought back by another seed run.

export type SeedShippingRate = {
  name: string;
  priceCents: number;
  minBusinessDays: number;
  maxBusinessDays: number;
  countries: string[];
  freeOverCents: number | null;
};

export const SEED_SHIPPING_RATES: SeedShippingRate[] = [
  {
    name: "Standard",
    priceCents: 695,
    minBusinessDays: 3,
    maxBusinessDays: 5,
    countries: ["US"],
    freeOverCents: 10_000,
  },
  { name: "Express", priceCents: 1995, minBusinessDays: 1, maxBusinessDays: 2, countries: ["US"], freeOverCents: null },
];
