// Money is integer minor units (cents) with its currency; formatting happens only at the edge.

const formatters = new Map<string, Intl.NumberFormat>();

/** 12995, "usd" → "$129.95". */
export function formatMoney(cents: number, currency: string): string {
  const code = currency.toUpperCase();
  let formatter = formatters.get(code);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { style: "currency", currency: code });
    formatters.set(code, formatter);
  }
  return formatter.format(cents / 100);
}

/** Cents as the decimal string Schema.org and price inputs expect: 12995 → "129.95". */
export function centsToDecimalString(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** "129.95" → 12995, without floating-point rounding. Returns null for anything else. */
export function parseDecimalToCents(input: string): number | null {
  const match = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(input);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "").padEnd(2, "0"));
  return whole * 100 + fraction;
}

/** Sum of quantity × unit price over lines, in cents. */
export function sumLineTotals(lines: { unitPriceCents: number; quantity: number }[]): number {
  return lines.reduce((total, line) => total + line.unitPriceCents * line.quantity, 0);
}
