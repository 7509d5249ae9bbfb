import { ChangePasswordForm } from "@/components/admin/staff-forms";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "My account" };

export default async function AccountPage() {
  const actor = await requireStaff();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">My account</h1>
      <p>
        {actor.email} · {actor.role}
      </p>
      <section aria-labelledby="password" className="space-y-4">
        <h2 id="password" className="text-xl font-semibold">
          Change password
        </h2>
        <p className="text-muted">Changing it signs you out everywhere else (other browsers and devices).</p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
