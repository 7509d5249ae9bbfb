/** "2 business days", "3–5 business days": a rate's delivery estimate as people read it. */
export function deliveryEstimateText(minDays: number, maxDays: number): string {
  if (minDays === maxDays) return `${minDays} business ${minDays === 1 ? "day" : "days"}`;
  return `${minDays}–${maxDays} business days`;
}
