import fc from "fast-check";
import { MAX_RANGE_DAYS, parseReportRange, presetRange } from "@/lib/admin/reports/report-range";
import { formatRate } from "@/lib/admin/reports/format-rate";
import { quizConversion } from "@/lib/admin/reports/quiz-conversion";
import { topByPairs } from "@/lib/admin/reports/top-by-pairs";
import { daysInclusive, isCalendarDay, listUtcDays } from "@/lib/admin/reports/utc-days";

// The reports page's range (issue #17): whole UTC days, presets ending today, and any bad input
// falls back to the last 30 days with a sentence saying what was wrong (never an error page).

// 23:30 UTC on 3 December: still the 3rd in UTC, whatever the staff member's own clock says.
const NOW = new Date("2026-12-03T23:30:00.000Z");
const DEFAULT = { from: "2026-11-04", to: "2026-12-03", days: 30, preset: "30d" };

describe("parseReportRange", () => {
  it("defaults to the last 30 UTC days, today included, with no message", () => {
    expect(parseReportRange({}, NOW)).toEqual({ range: DEFAULT, problem: null });
    expect(parseReportRange({ from: "", to: "" }, NOW)).toEqual({ range: DEFAULT, problem: null });
  });

  it("gives each preset its days, ending today", () => {
    expect(parseReportRange({ preset: "7d" }, NOW).range).toEqual({
      from: "2026-11-27",
      to: "2026-12-03",
      days: 7,
      preset: "7d",
    });
    expect(parseReportRange({ preset: "90d" }, NOW).range).toMatchObject({ from: "2026-09-05", days: 90 });
    expect(parseReportRange({ preset: "year" }, NOW).range).toMatchObject({ from: "2026-01-01", days: 337 });
    // On 1 January "this year" is one day.
    expect(presetRange("year", "2027-01-01")).toMatchObject({ from: "2027-01-01", to: "2027-01-01", days: 1 });
  });

  it("takes explicit dates, both included, and lets a preset win over them", () => {
    expect(parseReportRange({ from: "2026-03-10", to: "2026-03-12" }, NOW)).toEqual({
      range: { from: "2026-03-10", to: "2026-03-12", days: 3, preset: null },
      problem: null,
    });
    expect(parseReportRange({ from: " 2026-03-10 ", to: ["2026-03-10", "2026-04-01"] }, NOW).range).toMatchObject({
      from: "2026-03-10",
      to: "2026-03-10",
      days: 1,
    });
    expect(parseReportRange({ preset: "7d", from: "2026-03-10", to: "2026-03-12" }, NOW).range.preset).toBe("7d");
  });

  it("fills in a missing end: no To means today, no From means the 30 days ending on To", () => {
    expect(parseReportRange({ from: "2026-11-20" }, NOW).range).toMatchObject({ from: "2026-11-20", to: "2026-12-03" });
    expect(parseReportRange({ to: "2026-03-31" }, NOW).range).toMatchObject({ from: "2026-03-02", to: "2026-03-31" });
  });

  it.each([
    [{ from: "2026-02-31", to: "2026-03-05" }, "The From date isn't a real date (use YYYY-MM-DD)."],
    [{ from: "yesterday", to: "2026-03-05" }, "The From date isn't a real date (use YYYY-MM-DD)."],
    [{ from: "2026-03-01", to: "2026-13-01" }, "The To date isn't a real date (use YYYY-MM-DD)."],
    [{ to: '\'; DROP TABLE "Order"; --' }, "The To date isn't a real date (use YYYY-MM-DD)."],
    [{ from: "2026-03-12", to: "2026-03-10" }, "The From date is after the To date."],
    [{ from: "2024-01-01", to: "2026-01-01" }, "A range can be at most 731 days (two years)."],
    [{ from: "1999-12-31", to: "2000-01-02" }, "The From date must be between 2000 and 2100."],
    [{ from: "9999-12-01", to: "9999-12-31" }, "The From date must be between 2000 and 2100."],
    [{ preset: "forever" }, "That preset isn't one we know."],
  ])("%j → the default range and “%s”", (params, message) => {
    expect(parseReportRange(params, NOW)).toEqual({
      range: DEFAULT,
      problem: `${message} Showing the last 30 days instead.`,
    });
  });

  it("accepts exactly two years (731 days, a leap day included) and a leap day itself", () => {
    expect(parseReportRange({ from: "2024-01-01", to: "2025-12-31" }, NOW)).toMatchObject({
      range: { days: 731 },
      problem: null,
    });
    expect(parseReportRange({ from: "2028-02-29", to: "2028-02-29" }, NOW).problem).toBeNull();
  });
});

describe("case 36: no query string breaks the range", () => {
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    fc.constantFrom("", "%00", "\u0000", "2026-02-29", "2026-00-10", "0000-01-01", "7d", "year"),
    fc.array(fc.string(), { maxLength: 3 }),
  );
  it("always gives a real range of 1 to 731 days, with a message whenever it isn't the one asked for", () => {
    fc.assert(
      fc.property(fc.record({ from: value, to: value, preset: fc.option(value, { nil: undefined }) }), (params) => {
        const { range, problem } = parseReportRange(params, NOW);
        expect(isCalendarDay(range.from) && isCalendarDay(range.to)).toBe(true);
        expect(range.from <= range.to).toBe(true);
        expect(range.days).toBe(daysInclusive(range.from, range.to));
        expect(range.days).toBeLessThanOrEqual(MAX_RANGE_DAYS);
        if (problem !== null) expect(range).toEqual(DEFAULT);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("day helpers", () => {
  it("checks real calendar days and lists every day of a range across a month end", () => {
    expect(["2026-02-28", "2028-02-29"].map(isCalendarDay)).toEqual([true, true]);
    expect(["2026-02-29", "2026-04-31", "2026-1-01", "20260101"].map(isCalendarDay)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(listUtcDays("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });
});

describe("report arithmetic", () => {
  it("ranks by pairs, ties alphabetically, and keeps the top ten", () => {
    const entries = Array.from({ length: 12 }, (_, index) => ({
      name: `Shoe ${String(index).padStart(2, "0")}`,
      pairs: index % 4,
    }));
    const top = topByPairs(entries, (entry) => entry.name);
    expect(top).toHaveLength(10);
    expect(top.map((entry) => entry.name)).toEqual([
      "Shoe 03",
      "Shoe 07",
      "Shoe 11",
      "Shoe 02",
      "Shoe 06",
      "Shoe 10",
      "Shoe 01",
      "Shoe 05",
      "Shoe 09",
      "Shoe 00",
    ]);
  });

  it("gives orders per 100 quiz completions to one decimal, and nothing to divide by as null", () => {
    expect(quizConversion(8, 4).ordersPer100Completions).toBe(50);
    expect(quizConversion(3, 1).ordersPer100Completions).toBe(33.3);
    expect(quizConversion(3, 2).ordersPer100Completions).toBe(66.7);
    expect(quizConversion(2, 5).ordersPer100Completions).toBe(250);
    expect(quizConversion(0, 5).ordersPer100Completions).toBeNull();
  });

  it("formats rates to one decimal", () => {
    expect([1 / 6, 2 / 6, 0, 0.75, 1.5, null].map(formatRate)).toEqual([
      "16.7%",
      "33.3%",
      "0.0%",
      "75.0%",
      "150.0%",
      "—",
    ]);
  });
});
