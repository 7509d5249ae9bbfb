import { StoreLink } from "@/components/ui/store-link";
import { ADMIN } from "@/lib/routes/admin";
import type { StaffActor } from "@/lib/staff/staff-actor";

const LINKS = [
  { href: ADMIN.home, label: "Dashboard" },
  { href: ADMIN.products, label: "Products" },
  { href: ADMIN.stock, label: "Low stock" },
  { href: ADMIN.orders, label: "Orders" },
  { href: ADMIN.customers, label: "Customers" },
  { href: ADMIN.returns, label: "Returns" },
  { href: ADMIN.shipping, label: "Shipping & tax" },
  { href: ADMIN.discounts, label: "Discount codes" },
  { href: ADMIN.articles, label: "Guides" },
  { href: ADMIN.policies, label: "Policies" },
  { href: ADMIN.brands, label: "Brands & sizes" },
  { href: ADMIN.collections, label: "Collections" },
  { href: ADMIN.import, label: "CSV" },
  { href: ADMIN.reports, label: "Reports" },
  { href: ADMIN.jobs, label: "Jobs" },
  { href: ADMIN.account, label: "My account" },
];
const OWNER_LINKS = [
  { href: ADMIN.staff, label: "Staff" },
  { href: ADMIN.audit, label: "Audit log" },
];

/** The admin's navigation and sign-out button (a plain form: works without JavaScript). */
export function AdminNav({ actor }: { actor: StaffActor }) {
  const links = actor.role === "owner" ? [...LINKS, ...OWNER_LINKS] : LINKS;
  return (
    <div className="mb-8 space-y-3 border-b border-brand-100 pb-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">
          Signed in as <strong>{actor.email}</strong> ({actor.role})
        </p>
        <form method="post" action="/api/admin/logout">
          <button type="submit" className="text-sm font-semibold text-brand-800 underline">
            Sign out
          </button>
        </form>
      </div>
      <nav aria-label="Admin">
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {links.map((link) => (
            <li key={link.href}>
              <StoreLink href={link.href} className="text-brand-800 underline-offset-4 hover:underline">
                {link.label}
              </StoreLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
