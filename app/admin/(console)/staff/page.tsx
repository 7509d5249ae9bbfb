import { CreateStaffForm, DisableStaffButton } from "@/components/admin/staff-forms";
import { listStaff } from "@/lib/admin/staff/list-staff";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Staff" };

/** Owners only: accounts, their live sessions, disable/enable, and adding accounts. */
export default async function StaffPage() {
  const actor = await requireStaff("owner");
  const staff = await listStaff(actor);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Staff accounts</h1>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Email
            </th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Live sessions</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {staff.map((user) => (
            <tr key={user.id} className="border-b border-brand-50 align-top">
              <td className="py-2">{user.email}</td>
              <td>{user.role}</td>
              <td>{user.disabledAt ? "Disabled" : "Active"}</td>
              <td>{user._count.sessions}</td>
              <td className="py-2">
                {user.id === actor.userId ? (
                  <span className="text-muted">You</span>
                ) : (
                  <DisableStaffButton userId={user.id} disabled={user.disabledAt !== null} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="add" className="space-y-4">
        <h2 id="add" className="text-xl font-semibold">
          Add an account
        </h2>
        <CreateStaffForm />
      </section>
    </div>
  );
}
