import { renderToStaticMarkup } from "react-dom/server";
import { BarChart } from "@/components/admin/bar-chart";
import { HorizontalBarChart } from "@/components/admin/horizontal-bar-chart";
import { dayTickEvery, dayTickLabel } from "@/components/admin/day-axis";

// The admin's script-free charts: the dashboard's use (its own table of numbers, a label every
// fifth day) keeps working, and the reports page's options (its table elsewhere, spaced labels).

const days = Array.from({ length: 30 }, (_, index) => ({
  label: `2026-11-${String(index + 1).padStart(2, "0")}`,
  value: index,
}));
const ticks = (html: string) => [...html.matchAll(/<text[^>]*font-size="10"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe("BarChart", () => {
  it("by default labels every fifth day as MM-DD and follows the chart with its numbers", () => {
    const html = renderToStaticMarkup(<BarChart title="Sales" points={days} format={String} />);
    expect(ticks(html)).toEqual(["11-01", "11-06", "11-11", "11-16", "11-21", "11-26"]);
    expect(html).toContain('aria-label="Sales: chart; exact values in the table below"');
    expect(html).toContain("<summary");
    expect(html.match(/<tr>/g)).toHaveLength(31);
    expect(html).not.toContain("<script");
  });

  it("points at the page's own table instead of repeating it, and takes other label spacing", () => {
    const html = renderToStaticMarkup(
      <BarChart
        title="Sales"
        points={days}
        format={String}
        tickEvery={dayTickEvery(30)}
        tickLabel={dayTickLabel("2025-12-01", "2026-11-30")}
        valuesInTable="Sales per day"
      />,
    );
    expect(html).toContain('aria-label="Sales: chart; exact values in the table “Sales per day”"');
    expect(html).not.toContain("<table");
    expect(ticks(html)).toEqual(["2026-11-01", "2026-11-06", "2026-11-11", "2026-11-16", "2026-11-21", "2026-11-26"]);
  });

  it("spaces day labels to about six whatever the range's length", () => {
    expect([1, 7, 30, 90, 366, 731].map(dayTickEvery)).toEqual([1, 2, 5, 15, 61, 122]);
  });
});

describe("HorizontalBarChart", () => {
  it("writes each label and value as text, bars scaled to the largest and hidden from screen readers", () => {
    const html = renderToStaticMarkup(
      <HorizontalBarChart
        title="Pairs returned by reason"
        points={[
          { label: "Too small", value: 4 },
          { label: "Heel slips", value: 2 },
          { label: "Faulty", value: 0 },
        ]}
        format={(n) => `${n} pairs`}
      />,
    );
    const text = html
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    expect(text).toBe("Pairs returned by reason Too small 4 pairs Heel slips 2 pairs Faulty 0 pairs");
    expect([...html.matchAll(/width:(\d+)%/g)].map((m) => m[1])).toEqual(["100", "50", "0"]);
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(3);
  });
});
