import { StoreLink } from "@/components/ui/store-link";
import { listShippingRates } from "@/lib/admin/shipping/save-shipping-rate";
import { formatMoney } from "@/lib/money";
import { deliveryEstimateText } from "@/lib/orders/delivery-estimate";
import { ADMIN, adminShippingRateHref } from "@/lib/routes/admin";
import { TAX_MODE_LABELS } from "@/lib/settings/settings-schema";
import { getStoreSettings } from "@/lib/settings/get-store-settings";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Shipping and tax" };

export default async function ShippingPage() {
  const actor = await requireStaff();
  const [rates, settings] = await Promise.all([listShippingRates(actor), getStoreSettings()]);
  const shipsTo = [...new Set(rates.filter((rate) => rate.active).flatMap((rate) => rate.countries))].sort();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Shipping and tax</h1>
        <StoreLink
          href={ADMIN.newShippingRate}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          New shipping rate
        </StoreLink>
      </div>
      <p>
        Tax: {TAX_MODE_LABELS[settings.taxMode]}.{" "}
        <StoreLink href={ADMIN.settings} className="text-brand-800 underline">
          Change the tax setting
        </StoreLink>
      </p>
      <p>
        The store ships to:{" "}
        {shipsTo.length > 0 ? (
          shipsTo.join(", ")
        ) : (
          <strong className="text-red-800">nowhere: add an active rate</strong>
        )}
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Rate
            </th>
            <th scope="col">Price</th>
            <th scope="col">Delivery</th>
            <th scope="col">Countries</th>
            <th scope="col">Free from</th>
            <th scope="col">Offered</th>
          </tr>
        </thead>
        <tbody>
          {rates.map((rate) => (
            <tr key={rate.id} className="border-b border-brand-50">
              <td className="py-2">
                <StoreLink href={adminShippingRateHref(rate.id)} className="text-brand-800 underline">
                  {rate.name}
                </StoreLink>
              </td>
              <td>{formatMoney(rate.priceCents, rate.currency)}</td>
              <td>{deliveryEstimateText(rate.minBusinessDays, rate.maxBusinessDays)}</td>
              <td>{rate.countries.join(", ")}</td>
              <td>{rate.freeOverCents === null ? "—" : formatMoney(rate.freeOverCents, rate.currency)}</td>
              <td>{rate.active ? "Yes" : "No"}</td>
            </tr>
          ))}
          {rates.length === 0 ? (
            <tr>
              <td colSpan={6} className="py-2">
                No shipping rates yet.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
