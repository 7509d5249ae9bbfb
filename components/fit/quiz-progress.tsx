export function QuizProgress({ step, titles }: { step: number; titles: string[] }) {
  const percent = Math.round(((step + 1) / titles.length) * 100);
  return (
    <div>
      <p className="text-sm text-muted">
        Step {step + 1} of {titles.length}: {titles[step]}
      </p>
      <div
        role="progressbar"
        aria-label="Quiz progress"
        aria-valuemin={1}
        aria-valuemax={titles.length}
        aria-valuenow={step + 1}
        aria-valuetext={`Step ${step + 1} of ${titles.length}`}
        className="mt-1 h-2 w-full rounded bg-brand-100"
      >
        <div className="h-2 rounded bg-brand-700 transition-all" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
