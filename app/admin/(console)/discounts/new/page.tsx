import { StoreLink } from "@/components/ui/store-link";
import { DiscountCodeForm } from "@/components/admin/discount-code-form";
import { listCollectionChoices } from "@/lib/admin/discounts/save-discount-code";
import { ADMIN } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "New discount code" };

export default async function NewDiscountCodePage() {
  const actor = await requireStaff();
  const collections = await listCollectionChoices(actor);
  return (
    <div className="space-y-6">
      <p>
        <StoreLink href={ADMIN.discounts} className="text-brand-800 underline">
          Discount codes
        </StoreLink>
      </p>
      <h1 className="text-2xl font-bold">New discount code</h1>
      <DiscountCodeForm
        codeId={null}
        active
        collections={collections}
        defaults={{
          code: "",
          description: "",
          kind: "percent",
          value: "",
          minSubtotal: "",
          startsOn: "",
          endsOn: "",
          usageLimit: "",
          oncePerEmail: false,
          collectionId: "",
          active: true,
        }}
      />
    </div>
  );
}
