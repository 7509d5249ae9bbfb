import { StoreLink } from "@/components/ui/store-link";
import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/field";
import {
  EARLIEST_REPORT_DAY,
  LATEST_REPORT_DAY,
  MAX_RANGE_DAYS,
  REPORT_PRESETS,
  type ReportRange,
} from "@/lib/admin/reports/report-range";
import { ADMIN, adminReportsHref } from "@/lib/routes/admin";

/**
 * The reports page's range: a plain GET form (works without JavaScript, and the URL can be
 * bookmarked or shared with a colleague) and preset links that always mean "ending today".
 */
export function ReportRangeForm({ range, problem }: { range: ReportRange; problem: string | null }) {
  return (
    <section aria-labelledby="range-heading" className="space-y-3">
      <h2 id="range-heading" className="sr-only">
        Date range
      </h2>
      {problem ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900">
          {problem}
        </p>
      ) : null}
      <form method="get" action={ADMIN.reports} aria-label="Report dates" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="from" className="block font-semibold">
            From (UTC)
          </label>
          <input
            id="from"
            name="from"
            type="date"
            required
            min={EARLIEST_REPORT_DAY}
            max={LATEST_REPORT_DAY}
            defaultValue={range.from}
            aria-describedby="range-help"
            className={INPUT_CLASS}
          />
        </div>
        <div>
          <label htmlFor="to" className="block font-semibold">
            To (UTC)
          </label>
          <input
            id="to"
            name="to"
            type="date"
            required
            min={EARLIEST_REPORT_DAY}
            max={LATEST_REPORT_DAY}
            defaultValue={range.to}
            aria-describedby="range-help"
            className={INPUT_CLASS}
          />
        </div>
        <button type="submit" className={SECONDARY_BUTTON_CLASS}>
          Show
        </button>
      </form>
      <p id="range-help" className="text-sm text-muted">
        Whole days in UTC, both dates included, at most {MAX_RANGE_DAYS} days (two years).
      </p>
      <nav aria-label="Preset ranges">
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {REPORT_PRESETS.map((preset) => (
            <li key={preset.id}>
              <StoreLink
                href={adminReportsHref({ preset: preset.id })}
                aria-current={range.preset === preset.id ? "page" : undefined}
                className="text-brand-800 underline underline-offset-4 aria-[current=page]:font-bold aria-[current=page]:no-underline"
              >
                {preset.label}
              </StoreLink>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
