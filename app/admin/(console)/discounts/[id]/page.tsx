import { notFound } from "next/navigation";
import { StoreLink } from "@/components/ui/store-link";
import { DiscountCodeForm } from "@/components/admin/discount-code-form";
import { toDiscountCodeFormValues } from "@/lib/admin/discounts/discount-code-schema";
import { getDiscountCode, listCollectionChoices } from "@/lib/admin/discounts/save-discount-code";
import { ADMIN, adminAuditHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Discount code" };

type Props = { params: Promise<{ id: string }> };

export default async function DiscountCodePage({ params }: Props) {
  const actor = await requireStaff();
  const [code, collections] = await Promise.all([
    getDiscountCode(actor, (await params).id),
    listCollectionChoices(actor),
  ]);
  if (!code) notFound();
  return (
    <div className="space-y-6">
      <p>
        <StoreLink href={ADMIN.discounts} className="text-brand-800 underline">
          Discount codes
        </StoreLink>
      </p>
      <h1 className="text-2xl font-bold">{code.code}</h1>
      <p>
        Used on {code.usedCount} paid {code.usedCount === 1 ? "order" : "orders"}; held by {code.reservedCount} open{" "}
        {code.reservedCount === 1 ? "checkout" : "checkouts"}.{code.active ? "" : " Not active."}
        {actor.role === "owner" ? (
          <>
            {" "}
            <StoreLink href={adminAuditHref({ entityId: code.id })} className="text-brand-800 underline">
              Its changes in the audit log
            </StoreLink>
          </>
        ) : null}
      </p>
      <DiscountCodeForm
        codeId={code.id}
        active={code.active}
        collections={collections}
        defaults={toDiscountCodeFormValues({ ...code })}
      />
    </div>
  );
}
