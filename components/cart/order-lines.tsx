import { formatMoney } from "@/lib/money";

type Line = {
  sku: string;
  productName: string;
  sizeLabel: string;
  widthCode: string;
  unitPriceCents: number;
  quantity: number;
};

/** An order's line snapshots and total (prices as charged, not today's prices). */
export function OrderLines({ lines, totalCents, currency }: { lines: Line[]; totalCents: number; currency: string }) {
  return (
    <table className="w-full text-left">
      <caption className="sr-only">Items in this order</caption>
      <thead>
        <tr className="border-b border-brand-100">
          <th scope="col" className="py-2">
            Shoe
          </th>
          <th scope="col" className="py-2 text-right">
            Qty
          </th>
          <th scope="col" className="py-2 text-right">
            Price
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.sku} className="border-b border-brand-100">
            <td className="py-2">
              {line.productName}
              <span className="block text-sm text-muted">
                Size {line.sizeLabel}, width {line.widthCode} · {formatMoney(line.unitPriceCents, currency)} each
              </span>
            </td>
            <td className="py-2 text-right">{line.quantity}</td>
            <td className="py-2 text-right">{formatMoney(line.unitPriceCents * line.quantity, currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2} className="py-2">
            Total
          </th>
          <td className="py-2 text-right font-semibold">{formatMoney(totalCents, currency)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
