import { orderBreakdown, type OrderForBreakdown } from "@/lib/orders/order-breakdown";

/**
 * An order's money under its lines: subtotal, shipping, tax (or the VAT the total includes) and
 * the total, as the store computed and Stripe charged it (decision 0019).
 */
export function OrderTotals({ order }: { order: OrderForBreakdown }) {
  const { rows, total } = orderBreakdown(order);
  return (
    <table className="w-full text-left">
      <caption className="sr-only">Order total</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className="border-b border-brand-100">
            <th scope="row" className="py-1 font-normal">
              {row.label}
            </th>
            <td className="py-1 text-right">{row.amount}</td>
          </tr>
        ))}
        <tr>
          <th scope="row" className="py-2">
            {total.label}
          </th>
          <td className="py-2 text-right font-semibold">{total.amount}</td>
        </tr>
      </tbody>
    </table>
  );
}
