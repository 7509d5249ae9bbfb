import { CsvImportForm } from "@/components/admin/csv-import-form";
import { PRODUCT_CSV_COLUMNS } from "@/lib/admin/csv/product-csv-columns";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "CSV export and import" };

export default async function ImportPage() {
  const actor = await requireStaff();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Products as CSV</h1>
      <section aria-labelledby="export" className="space-y-2">
        <h2 id="export" className="text-xl font-semibold">
          Export
        </h2>
        <p>One row per size and width, with the shoe&apos;s details repeated on each of its rows.</p>
        {/* A file download from a route handler, not a page: a plain link is right here. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a
          href="/api/admin/products/export"
          className="inline-block rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800"
        >
          Download products.csv
        </a>
      </section>
      <section aria-labelledby="import" className="space-y-3">
        <h2 id="import" className="text-xl font-semibold">
          Import
        </h2>
        {actor.role === "owner" ? (
          <>
            <p>
              Every row is checked before anything is saved. If any row is wrong, nothing changes and you get a list of
              the problems. Shoes are matched by web address and sizes by SKU; sizes missing from the file are left as
              they are.
            </p>
            <p>
              Stock only changes where you edited it: a size&apos;s stock is set to your figure when it differs from
              expected_stock (the stock when you exported) and the shop still has exactly that many. If pairs were sold
              or held since the export, the current stock is kept and the size is listed for you to check; everything
              else on its row is still saved.
            </p>
            <p className="text-sm text-muted">Columns: {PRODUCT_CSV_COLUMNS.join(", ")}</p>
            <CsvImportForm />
          </>
        ) : (
          <p>Only owners can import.</p>
        )}
      </section>
    </div>
  );
}
