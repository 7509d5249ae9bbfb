"use client";

import { useState } from "react";
import type { ImportReport as Report } from "@/lib/admin/csv/import-report";
import { BUTTON_CLASS, INPUT_CLASS } from "./field";

/**
 * Upload a products CSV; shows the counts and the sizes whose stock was kept because it changed
 * since the export, or every row's problem when the file was refused.
 */
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
      const response = await fetch("/api/admin/products/import", {
        method: "POST",
        body: new FormData(event.currentTarget),
      });
      const body = (await response.json().catch(() => null)) as Report | { error?: string } | null;
      if (body && "ok" in body) {
        setReport(body);
        setMessage(
          body.ok
            ? importedMessage(body)
            : `The file was not imported: ${body.errors.length} problem(s). Nothing was changed.`,
        );
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
          <label htmlFor="csv-file" className="block font-semibold">
            Products CSV
          </label>
          <input id="csv-file" name="file" type="file" accept=".csv,text/csv" required className={INPUT_CLASS} />
        </div>
        <button type="submit" disabled={busy} className={BUTTON_CLASS}>
          {busy ? "Checking every row…" : "Import"}
        </button>
      </form>
      <p role="status" aria-live="polite" className="font-semibold">
        {message}
      </p>
      {report?.ok ? (
        <p>
          Products: {report.productsCreated} new, {report.productsUpdated} changed. Sizes: {report.variantsCreated} new,{" "}
          {report.variantsUpdated} changed.
        </p>
      ) : null}
      {report?.ok && report.stockWithoutExpected > 0 ? (
        <p>
          Stock was left as it is for {report.stockWithoutExpected} existing size(s) because the file has no
          expected_stock for them. To change stock, export a fresh file and edit that.
        </p>
      ) : null}
      {report?.ok && report.stockMoved.length > 0 ? (
        <table className="text-left text-sm">
          <caption className="text-left font-semibold">
            Stock kept because it changed after the export (a sale, a checkout or another edit)
          </caption>
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="pr-4">
                Row
              </th>
              <th scope="col" className="pr-4">
                SKU
              </th>
              <th scope="col" className="pr-4">
                Stock at export
              </th>
              <th scope="col" className="pr-4">
                Stock now (kept)
              </th>
              <th scope="col">Stock in your file (not applied)</th>
            </tr>
          </thead>
          <tbody>
            {report.stockMoved.slice(0, 500).map((moved) => (
              <tr key={moved.sku} className="border-b border-brand-50">
                <td className="pr-4">{moved.row}</td>
                <td className="pr-4">{moved.sku}</td>
                <td className="pr-4">{moved.expected}</td>
                <td className="pr-4">{moved.current}</td>
                <td>{moved.requested}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report && !report.ok ? (
        <table className="text-left text-sm">
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="pr-4">
                Row
              </th>
              <th scope="col" className="pr-4">
                Column
              </th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.slice(0, 500).map((error, index) => (
              <tr key={index} className="border-b border-brand-50">
                <td className="pr-4">{error.row}</td>
                <td className="pr-4">{error.column ?? "—"}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function importedMessage(report: Extract<Report, { ok: true }>): string {
  const moved = report.stockMoved.length;
  if (moved === 0) return `Imported ${report.rows} rows.`;
  return `Imported ${report.rows} rows. The stock of ${moved} size(s) changed after your export, so it was kept as it is and your new figure was not applied: check the sizes below and set their stock again if needed.`;
}
