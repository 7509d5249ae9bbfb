import { INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/field";
import { filterParams, PageLinks } from "@/components/admin/page-links";
import { auditFiltersSchema, listAudit } from "@/lib/admin/list-audit";
import { ADMIN } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Owners only: who changed what, with the values before and after. */
export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireStaff("owner");
  const raw = await searchParams;
  const filters = auditFiltersSchema.parse({
    action: raw.action ?? "",
    entityId: raw.entityId ?? "",
    page: raw.page ?? 1,
  });
  const { entries, total, pageCount } = await listAudit(actor, filters);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <form
        method="get"
        role="search"
        aria-label="Filter the audit log"
        className="grid gap-3 sm:grid-cols-3 items-end"
      >
        <div>
          <label htmlFor="action" className="block font-semibold">
            Action starts with
          </label>
          <input
            id="action"
            name="action"
            defaultValue={filters.action}
            placeholder="login. or product."
            className={INPUT_CLASS}
          />
        </div>
        <div>
          <label htmlFor="entityId" className="block font-semibold">
            Item id
          </label>
          <input id="entityId" name="entityId" defaultValue={filters.entityId} className={INPUT_CLASS} />
        </div>
        <button type="submit" className={SECONDARY_BUTTON_CLASS}>
          Filter
        </button>
      </form>
      <p>{total} entries</p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              When (UTC)
            </th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Item</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-brand-50 align-top">
              <td className="py-2 whitespace-nowrap">{entry.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
              <td>{entry.actor?.email ?? "—"}</td>
              <td>{entry.action}</td>
              <td className="break-all">{entry.entityType ? `${entry.entityType} ${entry.entityId ?? ""}` : "—"}</td>
              <td>
                <JsonCell value={entry.before} />
              </td>
              <td>
                <JsonCell value={entry.after} />
              </td>
              <td>{entry.ip ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PageLinks basePath={ADMIN.audit} params={filterParams(filters)} page={filters.page} pageCount={pageCount} />
    </div>
  );
}

/** Stored values shown as text (React escapes them), never as markup. */
function JsonCell({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-muted">—</span>;
  return <pre className="max-w-xs whitespace-pre-wrap break-all text-xs">{JSON.stringify(value, null, 1)}</pre>;
}
