/** 0.12345 → "12.3%" (to one decimal, half up); null (nothing to divide by) → "—". */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
