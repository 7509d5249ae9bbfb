// Bars for a handful of categories (return reasons), drawn with plain HTML widths: no script, and
// the labels and numbers are ordinary text, so they stay readable on a phone and a screen reader
// reads each row as "label, value". The bars themselves are decoration.

type Props = {
  title: string;
  points: { label: string; value: number }[];
  /** The text after each bar: the exact value, with its unit. */
  format: (value: number) => string;
  colour?: string;
};

export function HorizontalBarChart({ title, points, format, colour = "#b45309" }: Props) {
  const max = Math.max(1, ...points.map((point) => point.value));
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{title}</figcaption>
      <ul className="space-y-1 text-sm">
        {points.map((point) => (
          <li
            key={point.label}
            className="grid grid-cols-[7rem_1fr_4.5rem] items-center gap-2 sm:grid-cols-[10rem_1fr_5rem]"
          >
            <span>{point.label}</span>
            <span aria-hidden="true" className="block">
              <span
                className="block h-3 rounded-sm"
                style={{ width: `${(point.value / max) * 100}%`, backgroundColor: colour }}
              />
            </span>
            <span>{format(point.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
