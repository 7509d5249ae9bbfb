import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s | Admin" },
  robots: { index: false, follow: false },
};

// The layout checks the session to draw the navigation, but it is not the guard: layouts don't
// re-run on every client navigation, so each page and action calls requireStaff() itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireStaff();
  return (
    <div>
      <AdminNav actor={actor} />
      {children}
    </div>
  );
}
