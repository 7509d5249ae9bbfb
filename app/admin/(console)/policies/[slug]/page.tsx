import { notFound } from "next/navigation";
import { PolicyEditor } from "@/components/admin/policy-editor";
import { StoreLink } from "@/components/ui/store-link";
import { getPolicyPage } from "@/lib/policies/get-policy-page";
import { policyHref } from "@/lib/routes/storefront";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Edit policy" };

type Props = { params: Promise<{ slug: string }> };

export default async function EditPolicyPage({ params }: Props) {
  await requireStaff();
  const page = await getPolicyPage((await params).slug);
  if (!page) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{page.title}</h1>
      <p>
        <StoreLink href={policyHref(page.slug)} className="text-brand-800 underline">
          View in the shop
        </StoreLink>
        {page.updatedAt ? null : " (showing the default text until you save)"}
      </p>
      <PolicyEditor
        slug={page.slug}
        defaults={{ title: page.title, summary: page.summary, body: page.body }}
        note={
          page.slug === "shipping"
            ? "The shop lists the current shipping rates under this text, from Shipping & tax: don't write prices or delivery times here."
            : undefined
        }
      />
    </div>
  );
}
