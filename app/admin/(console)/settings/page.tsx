import { StoreLink } from "@/components/ui/store-link";
import { StoreSettingsForm } from "@/components/admin/store-settings-form";
import { ADMIN } from "@/lib/routes/admin";
import { getStoreSettings } from "@/lib/settings/get-store-settings";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Store settings" };

export default async function StoreSettingsPage() {
  await requireStaff();
  const settings = await getStoreSettings();
  return (
    <div className="space-y-6">
      <p>
        <StoreLink href={ADMIN.shipping} className="text-brand-800 underline">
          Shipping and tax
        </StoreLink>
      </p>
      <h1 className="text-2xl font-bold">Store settings</h1>
      <StoreSettingsForm
        defaults={{
          taxMode: settings.taxMode,
          returnWindowDays: settings.returnWindowDays,
          refundShippingOnReturn: settings.refundShippingOnReturn,
          returnAddress: settings.returnAddress,
        }}
      />
    </div>
  );
}
