import { StoreLink } from "@/components/ui/store-link";
import type { StaffActor } from "@/lib/staff/staff-actor";

const LINKS = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/products", label: "Products" },
  { href: "/admin/stock", label: "Low stock" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/articles", label: "Guides" },
  { href: "/admin/brands", label: "Brands & sizes" },
  { href: "/admin/collections", label: "Collections" },
  { href: "/admin/import", label: "CSV" },
  { href: "/admin/account", label: "My account" },
];
const OWNER_LINKS = [
  { href: "/admin/staff", label: "Staff" },
  { href: "/admin/audit", label: "Audit log" },
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
