import type { FitRange } from "./fit-facts";

// Width codes by need (docs/product-spec.md §4.4). The same letter means different widths by
// range: D is standard for men but wide for women.
export const WIDTH_NEEDS = ["extra_narrow", "narrow", "standard", "wide", "extra_wide", "xx_wide"] as const;
export type WidthNeed = (typeof WIDTH_NEEDS)[number];

export const WIDTH_CODES = ["4A", "2A", "B", "D", "2E", "4E", "6E"] as const;
export type WidthCode = (typeof WIDTH_CODES)[number];

export const WIDTH_CODE_BY_NEED: Record<FitRange, Record<WidthNeed, WidthCode>> = {
  men: { extra_narrow: "2A", narrow: "B", standard: "D", wide: "2E", extra_wide: "4E", xx_wide: "6E" },
  women: { extra_narrow: "4A", narrow: "2A", standard: "B", wide: "D", extra_wide: "2E", xx_wide: "4E" },
};

export const WIDTH_NEED_LABELS: Record<WidthNeed, string> = {
  extra_narrow: "Extra narrow",
  narrow: "Narrow",
  standard: "Standard",
  wide: "Wide",
  extra_wide: "Extra wide",
  xx_wide: "XX wide",
};

export function isWidthCode(value: string): value is WidthCode {
  return (WIDTH_CODES as readonly string[]).includes(value);
}

/** The need a width code stands for in a range, or null when the range doesn't use that code. */
export function widthNeedFor(range: FitRange, code: WidthCode): WidthNeed | null {
  const entry = Object.entries(WIDTH_CODE_BY_NEED[range]).find(([, c]) => c === code);
  return entry ? (entry[0] as WidthNeed) : null;
}

/** Codes a range uses, narrowest first. */
export function widthCodesFor(range: FitRange): WidthCode[] {
  return WIDTH_NEEDS.map((need) => WIDTH_CODE_BY_NEED[range][need]);
}

/** "4E (extra wide)" style label for shoppers. */
export function describeWidth(range: FitRange, code: WidthCode): string {
  const need = widthNeedFor(range, code);
  return need ? `${code} (${WIDTH_NEED_LABELS[need].toLowerCase()})` : code;
}
