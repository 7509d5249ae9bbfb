// A small inline-SVG bar chart (no chart library, no script). The same numbers follow in a
// table for screen readers and for exact values, or are in a table the page shows elsewhere.

type Props = {
  title: string;
  points: { label: string; value: number }[];
  /** Formats a value for the axis, tooltips and table. */
  format: (value: number) => string;
  colour?: string;
  /** Every how many bars the x-axis gets a label (5 suits 30 days; long ranges need more). */
  tickEvery?: number;
  /** The x-axis text for a label: by default a YYYY-MM-DD day shown as MM-DD. */
  tickLabel?: (label: string) => string;
  /** The page's own table of these numbers (its caption): the chart then doesn't repeat them. */
  valuesInTable?: string;
};

const WIDTH = 720;
const HEIGHT = 180;
const PAD_LEFT = 64;
const PAD_BOTTOM = 24;

export function BarChart({
  title,
  points,
  format,
  colour = "#17553a",
  tickEvery = 5,
  tickLabel = (label) => label.slice(5),
  valuesInTable,
}: Props) {
  const max = Math.max(1, ...points.map((point) => point.value));
  const slot = (WIDTH - PAD_LEFT) / Math.max(1, points.length);
  const barHeight = (value: number) => (value / max) * (HEIGHT - PAD_BOTTOM - 8);
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{title}</figcaption>
      {/* Scrolls sideways on a phone rather than shrinking its text below reading size; a
          scrolling region takes focus so keyboard users can scroll it too. */}
      <div className="overflow-x-auto" role="region" aria-label={`${title} chart`} tabIndex={0}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="w-full min-w-[45rem] h-auto rounded border border-brand-100 bg-white"
          role="img"
          aria-label={`${title}: chart; exact values in the table ${valuesInTable ? `“${valuesInTable}”` : "below"}`}
        >
          <text x={PAD_LEFT - 6} y={14} textAnchor="end" fontSize="11" fill="#4b5753">
            {format(max)}
          </text>
          <text x={PAD_LEFT - 6} y={HEIGHT - PAD_BOTTOM} textAnchor="end" fontSize="11" fill="#4b5753">
            {format(0)}
          </text>
          <line x1={PAD_LEFT} y1={HEIGHT - PAD_BOTTOM} x2={WIDTH} y2={HEIGHT - PAD_BOTTOM} stroke="#9ca3af" />
          {points.map((point, index) => {
            const h = barHeight(point.value);
            const x = PAD_LEFT + index * slot + slot * 0.15;
            return (
              <g key={point.label}>
                <rect x={x} y={HEIGHT - PAD_BOTTOM - h} width={slot * 0.7} height={h} fill={colour}>
                  <title>{`${point.label}: ${format(point.value)}`}</title>
                </rect>
                {index % tickEvery === 0 ? (
                  <text x={x} y={HEIGHT - 8} fontSize="10" fill="#4b5753">
                    {tickLabel(point.label)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      {valuesInTable ? null : (
        <details>
          <summary className="cursor-pointer text-sm text-brand-800">Show the numbers</summary>
          <table className="mt-2 text-sm">
            <thead>
              <tr>
                <th scope="col" className="pr-6 text-left">
                  Day
                </th>
                <th scope="col" className="text-right">
                  {title}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.label}>
                  <td className="pr-6">{point.label}</td>
                  <td className="text-right">{format(point.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
