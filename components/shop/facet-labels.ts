import { CLOSURE_LABELS } from "@/lib/catalog/fit-facts";
import { DROP_BANDS, PRICE_BANDS, type FacetKey } from "@/lib/catalog/listing-query";

// Shopper-facing names for facets and their values.
export const FACET_TITLES: Record<FacetKey, string> = {
  range: "Range",
  size: "Size (US)",
  width: "Width",
  support: "Support",
  cushion: "Cushioning",
  drop: "Heel-to-toe drop",
  price: "Price",
  insole: "Insole",
  closure: "Fastening",
};

const VALUE_LABELS: Partial<Record<FacetKey, Record<string, string>>> = {
  range: { men: "Men's", women: "Women's" },
  support: { neutral: "Neutral", stability: "Stability", motion: "Motion control" },
  cushion: { "1": "1 (firm)", "2": "2", "3": "3 (balanced)", "4": "4", "5": "5 (plush)" },
  insole: { removable: "Removable insole" },
  closure: CLOSURE_LABELS,
  drop: Object.fromEntries(Object.entries(DROP_BANDS).map(([key, band]) => [key, band.label])),
  price: Object.fromEntries(Object.entries(PRICE_BANDS).map(([key, band]) => [key, band.label])),
};

export function facetValueLabel(key: FacetKey, value: string): string {
  return VALUE_LABELS[key]?.[value] ?? value;
}

const ORDER: Partial<Record<FacetKey, string[]>> = {
  width: ["4A", "2A", "B", "D", "2E", "4E", "6E"],
  drop: Object.keys(DROP_BANDS),
  price: Object.keys(PRICE_BANDS),
  support: ["neutral", "stability", "motion"],
  range: ["men", "women"],
};

/** Facet values in a sensible order: sizes numerically, widths narrow to wide, bands low to high. */
export function orderFacetValues(key: FacetKey, values: string[]): string[] {
  const order = ORDER[key];
  if (order) return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...values].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}
