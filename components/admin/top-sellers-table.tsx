import { formatRevenue } from "@/components/admin/format-revenue";

type Row = { key: string; cells: string[]; pairs: number; revenue: Record<string, number> };

/** A ranked table of what sold most pairs (shoes or sizes), with their line revenue. */
export function TopSellersTable({ caption, headings, rows }: { caption: string; headings: string[]; rows: Row[] }) {
  if (rows.length === 0) return <p>No pairs sold in these days.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-1 pr-4">
              #
            </th>
            {headings.map((heading) => (
              <th key={heading} scope="col" className="pr-4">
                {heading}
              </th>
            ))}
            <th scope="col" className="pr-4 text-right">
              Pairs
            </th>
            <th scope="col" className="text-right">
              Revenue
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key} className="border-b border-brand-50">
              <td className="py-1 pr-4">{index + 1}</td>
              {row.cells.map((cell, cellIndex) => (
                <td key={headings[cellIndex]} className="pr-4">
                  {cell}
                </td>
              ))}
              <td className="pr-4 text-right">{row.pairs}</td>
              <td className="text-right">{formatRevenue(row.revenue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
