// Reports count whole UTC days: a day is "YYYY-MM-DD", from 00:00 UTC up to the next day's 00:00.
// Staff in any time zone then see the same numbers for the same dates, and the figures match the
// orders list's UTC day filter.

const DAY_MS = 86_400_000;

/** The UTC day a moment falls on. */
export function utcDayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** 00:00 UTC at the start of the day. */
export function startOfUtcDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The day `count` days after (or, negative, before) `day`. */
export function addUtcDays(day: string, count: number): string {
  return utcDayOf(new Date(startOfUtcDay(day).getTime() + count * DAY_MS));
}

/** How many days from `from` to `to`, both included (1 for the same day). */
export function daysInclusive(from: string, to: string): number {
  return Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / DAY_MS) + 1;
}

/** Every day from `from` to `to`, both included, oldest first. */
export function listUtcDays(from: string, to: string): string[] {
  const count = daysInclusive(from, to);
  return Array.from({ length: Math.max(0, count) }, (_, index) => addUtcDays(from, index));
}

/**
 * A real calendar day written as YYYY-MM-DD. Date.parse alone accepts "2026-02-31" (and rolls it
 * into March), so the day is written back out and compared.
 */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = Date.parse(`${value}T00:00:00.000Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === value;
}

/** The moments a range of days covers: from 00:00 UTC on `from` up to, not including, the day after `to`. */
export function utcDayBounds(from: string, to: string): { start: Date; end: Date } {
  return { start: startOfUtcDay(from), end: new Date(startOfUtcDay(to).getTime() + DAY_MS) };
}
