import { formatMoney } from "@/lib/money";
import { deliveryEstimateText } from "@/lib/orders/delivery-estimate";
import type { ShippingRateRow } from "@/lib/orders/shipping-offer";
import { countryName } from "@/lib/orders/shipping-countries";

type Rate = ShippingRateRow;

/** The rates checkout offers now, read from the database on every view of the shipping page. */
export function ShippingRatesTable({ rates }: { rates: Rate[] }) {
  if (rates.length === 0)
    return <p>We aren&apos;t offering any shipping rates at the moment. Please contact us before ordering.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left font-semibold">Shipping rates today</caption>
      <thead>
        <tr className="border-b border-brand-100">
          <th scope="col" className="py-2">
            Rate
          </th>
          <th scope="col">Price</th>
          <th scope="col">Delivery</th>
          <th scope="col">Ships to</th>
        </tr>
      </thead>
      <tbody>
        {rates.map((rate) => (
          <tr key={rate.id} className="border-b border-brand-50 align-top">
            <th scope="row" className="py-2 font-semibold">
              {rate.name}
            </th>
            <td>
              {rate.priceCents === 0 ? "Free" : formatMoney(rate.priceCents, rate.currency)}
              {rate.freeOverCents !== null && rate.priceCents > 0
                ? `, free on orders of ${formatMoney(rate.freeOverCents, rate.currency)} or more`
                : ""}
            </td>
            <td>{deliveryEstimateText(rate.minBusinessDays, rate.maxBusinessDays)}</td>
            <td>{rate.countries.map(countryName).join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
