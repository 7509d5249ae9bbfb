"use client";

import { useState } from "react";
import { BUTTON_CLASS, INPUT_CLASS } from "./field";

type Report =
  | { ok: true; rows: number; productsCreated: number; productsUpdated: number; variantsCreated: number; variantsUpdated: number }
  | { ok: false; errors: { row: number; column?: string; message: string }[] };

/** Upload a products CSV; shows the counts, or every row's problem when the file was refused. */
export function CsvImportForm() {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [message, setMessage] = useState("");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setReport(null);
    setMessage("");
    try {
      const response = await fetch("/api/admin/products/import", { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => null)) as Report | { error?: string } | null;
      if (body && "ok" in body) {
        setReport(body);
        setMessage(body.ok ? `Imported ${body.rows} rows.` : `The file was not imported: ${body.errors.length} problem(s). Nothing was changed.`);
      } else {
        setMessage((body && "error" in body ? body.error : undefined) ?? `Import failed (${response.status}).`);
      }
    } catch {
      setMessage("Could not reach the store. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" encType="multipart/form-data">
        <div>
          <label htmlFor="csv-file" className="block font-semibold">Products CSV</label>
          <input id="csv-file" name="file" type="file" accept=".csv,text/csv" required className={INPUT_CLASS} />
        </div>
        <button type="submit" disabled={busy} className={BUTTON_CLASS}>{busy ? "Checking every row…" : "Import"}</button>
      </form>
      <p role="status" aria-live="polite" className="font-semibold">{message}</p>
      {report?.ok ? (
        <p>Products: {report.productsCreated} new, {report.productsUpdated} changed. Sizes: {report.variantsCreated} new, {report.variantsUpdated} changed.</p>
      ) : null}
      {report && !report.ok ? (
        <table className="text-left text-sm">
          <thead><tr className="border-b border-brand-100"><th scope="col" className="pr-4">Row</th><th scope="col" className="pr-4">Column</th><th scope="col">Problem</th></tr></thead>
          <tbody>
            {report.errors.slice(0, 500).map((error, index) => (
              <tr key={index} className="border-b border-brand-50"><td className="pr-4">{error.row}</td><td className="pr-4">{error.column ?? "—"}</td><td>{error.message}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
