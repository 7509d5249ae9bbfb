import { notFound } from "next/navigation";
import { StoreLink } from "@/components/ui/store-link";
import { ShippingRateForm } from "@/components/admin/shipping-rate-form";
import { getShippingRate } from "@/lib/admin/shipping/save-shipping-rate";
import { centsToDecimalString } from "@/lib/money";
import { ADMIN } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Shipping rate" };

type Props = { params: Promise<{ id: string }> };

export default async function ShippingRatePage({ params }: Props) {
  const actor = await requireStaff();
  const rate = await getShippingRate(actor, (await params).id);
  if (!rate) notFound();
  return (
    <div className="space-y-6">
      <p>
        <StoreLink href={ADMIN.shipping} className="text-brand-800 underline">
          Shipping and tax
        </StoreLink>
      </p>
      <h1 className="text-2xl font-bold">{rate.name}</h1>
      <ShippingRateForm
        rateId={rate.id}
        defaults={{
          name: rate.name,
          price: centsToDecimalString(rate.priceCents),
          minBusinessDays: String(rate.minBusinessDays),
          maxBusinessDays: String(rate.maxBusinessDays),
          countries: rate.countries.join(", "),
          freeOver: rate.freeOverCents === null ? "" : centsToDecimalString(rate.freeOverCents),
          active: rate.active,
        }}
      />
    </div>
  );
}
