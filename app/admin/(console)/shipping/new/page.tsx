import { StoreLink } from "@/components/ui/store-link";
import { ShippingRateForm } from "@/components/admin/shipping-rate-form";
import { ADMIN } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "New shipping rate" };

export default async function NewShippingRatePage() {
  await requireStaff();
  return (
    <div className="space-y-6">
      <p>
        <StoreLink href={ADMIN.shipping} className="text-brand-800 underline">
          Shipping and tax
        </StoreLink>
      </p>
      <h1 className="text-2xl font-bold">New shipping rate</h1>
      <ShippingRateForm
        rateId={null}
        defaults={{
          name: "",
          price: "",
          minBusinessDays: "",
          maxBusinessDays: "",
          countries: "",
          freeOver: "",
          active: true,
        }}
      />
    </div>
  );
}
