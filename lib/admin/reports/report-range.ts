import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { addUtcDays, daysInclusive, isCalendarDay, utcDayOf } from "./utc-days";

// The reports page's date range, from its GET form (?from=&to=) or a preset link (?preset=).
// Shared by the form (limits, presets) and the page (parsing). Bad input is never an error page:
// the page shows the default range with a sentence saying what was wrong with the one asked for.

export const REPORT_PRESETS = [
  { id: "7d", label: "Last 7 days" },
  { id: "30d", label: "Last 30 days" },
  { id: "90d", label: "Last 90 days" },
  { id: "year", label: "This year" },
] as const;

export type ReportPresetId = (typeof REPORT_PRESETS)[number]["id"];

export const DEFAULT_PRESET: ReportPresetId = "30d";

/** Two years, a leap day included. Longer ranges make a chart nobody can read and a slow page. */
export const MAX_RANGE_DAYS = 731;

/** Dates outside these years are typos (the store opened in 2026). */
export const EARLIEST_REPORT_DAY = "2000-01-01";
export const LATEST_REPORT_DAY = "2100-12-31";

/** A range of whole UTC days, both ends included. */
export type ReportRange = { from: string; to: string; days: number; preset: ReportPresetId | null };

export type ParsedReportRange = { range: ReportRange; problem: string | null };

const day = (name: string) =>
  z
    .string()
    .trim()
    .refine(isCalendarDay, `The ${name} date isn't a real date (use YYYY-MM-DD).`)
    .refine(
      (value) => value >= EARLIEST_REPORT_DAY && value <= LATEST_REPORT_DAY,
      `The ${name} date must be between 2000 and 2100.`,
    );

export const reportRangeSchema = z
  .object({ from: day("From"), to: day("To") })
  .refine(({ from, to }) => from <= to, { message: "The From date is after the To date.", path: ["to"] })
  .refine(({ from, to }) => daysInclusive(from, to) <= MAX_RANGE_DAYS, {
    message: `A range can be at most ${MAX_RANGE_DAYS} days (two years).`,
    path: ["to"],
  });

/** The days a preset stands for, ending today (UTC). */
export function presetRange(preset: ReportPresetId, today: string): ReportRange {
  const from = preset === "year" ? `${today.slice(0, 4)}-01-01` : addUtcDays(today, -(Number.parseInt(preset, 10) - 1));
  return { from, to: today, days: daysInclusive(from, today), preset };
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The range the URL asks for. A preset wins over dates. With only one date the other is filled
 * in: no To means today, no From means the 30 days ending on To. Anything that doesn't parse
 * gives the default range (the last 30 days) and a `problem` to show.
 */
export function parseReportRange(params: SearchParams, now = new Date()): ParsedReportRange {
  const today = utcDayOf(now);
  const fallback = (problem: string | null): ParsedReportRange => ({
    range: presetRange(DEFAULT_PRESET, today),
    problem: problem === null ? null : `${problem} Showing the last 30 days instead.`,
  });

  const preset = first(params.preset)?.trim();
  if (preset) {
    const known = REPORT_PRESETS.find((option) => option.id === preset);
    return known ? { range: presetRange(known.id, today), problem: null } : fallback("That preset isn't one we know.");
  }

  const from = first(params.from)?.trim() ?? "";
  const to = first(params.to)?.trim() ?? "";
  if (!from && !to) return fallback(null);

  const filledTo = to || today;
  const filledFrom = from || (isCalendarDay(filledTo) ? addUtcDays(filledTo, -29) : filledTo);
  const parsed = reportRangeSchema.safeParse({ from: filledFrom, to: filledTo });
  if (!parsed.success) {
    // Name a date the person typed, not one filled in for them.
    const issues = parsed.error.issues;
    const typed = issues.find((issue) => (issue.path[0] === "from" ? from : to)) ?? issues[0];
    return fallback(typed?.message ?? "That range can't be shown.");
  }
  const range = { ...parsed.data, days: daysInclusive(parsed.data.from, parsed.data.to), preset: null };
  return { range, problem: null };
}
