// The x-axis of a per-day chart: about six labels whatever the range's length, written MM-DD
// within one year and in full when the range crosses into another.

export function dayTickEvery(days: number): number {
  return Math.max(1, Math.ceil(days / 6));
}

export function dayTickLabel(from: string, to: string): (day: string) => string {
  return from.slice(0, 4) === to.slice(0, 4) ? (day) => day.slice(5) : (day) => day;
}
