import { StoreLink } from "@/components/ui/store-link";
import { listAdminPolicyPages } from "@/lib/admin/policies/save-policy-page";
import { adminPolicyHref } from "@/lib/routes/admin";
import { policyHref } from "@/lib/routes/storefront";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Policies" };

/** The four store policy pages; each one's text is edited on its own page. */
export default async function PoliciesPage() {
  const actor = await requireStaff();
  const pages = await listAdminPolicyPages(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Policies</h1>
      <p className="text-muted">
        Shipping, returns, privacy and contact pages, linked from the footer, the cart, checkout and every email.
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Page
            </th>
            <th scope="col">Address</th>
            <th scope="col">Updated (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((page) => (
            <tr key={page.slug} className="border-b border-brand-50">
              <td className="py-2">
                <StoreLink href={adminPolicyHref(page.slug)} className="text-brand-800 underline">
                  {page.title}
                </StoreLink>
              </td>
              <td>
                <StoreLink href={policyHref(page.slug)} className="underline">
                  {policyHref(page.slug)}
                </StoreLink>
              </td>
              <td>{page.updatedAt ? page.updatedAt.toISOString().slice(0, 10) : "Default text"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
