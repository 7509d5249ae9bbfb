"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { saveVariantGridAction } from "@/lib/admin/catalog/product-actions";
import type { ActionState } from "@/lib/admin/action-state";
import { cellKey, gridCellSchema, type GridCell } from "@/lib/admin/catalog/variant-grid-schema";
import type { FitRange } from "@/lib/catalog/fit-facts";
import { BUTTON_CLASS } from "./field";
import { StatusMessage } from "./status-message";

export type GridVariant = { fitRange: FitRange; sizeLabel: string; widthCode: string; sku: string; stock: number };
type Section = { fitRange: FitRange; sizes: string[]; widths: string[] };
type CellState = { stock: string; sku: string };

const RANGE_TITLE: Record<FitRange, string> = { men: "Men's sizes", women: "Women's sizes" };

function cellsFrom(variants: GridVariant[]): Record<string, CellState> {
  return Object.fromEntries(
    variants.map((variant) => [cellKey(variant), { stock: String(variant.stock), sku: variant.sku }]),
  );
}

/**
 * Every size × width of the product on one screen: type the pairs in stock (empty = not offered)
 * and the SKU. Only changed cells are sent; each carries the stock it showed when loaded, so a
 * sale in the meantime is reported instead of overwritten.
 */
export function VariantGrid({
  productId,
  sections,
  variants,
  skuFor,
}: {
  productId: string;
  sections: Section[];
  variants: GridVariant[];
  skuFor: Record<string, string>;
}) {
  const router = useRouter();
  const original = useMemo(() => new Map(variants.map((variant) => [cellKey(variant), variant])), [variants]);
  const [cells, setCells] = useState<Record<string, CellState>>(() => cellsFrom(variants));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();

  // After a save the page re-renders with the stored values: start from them again. This resets
  // the cells in place rather than remounting the grid (a changing `key`), which would also wipe
  // the "Saved" message the moment the refreshed values arrive.
  const version = variants.map((variant) => `${cellKey(variant)}:${variant.stock}:${variant.sku}`).join("|");
  const [loadedVersion, setLoadedVersion] = useState(version);
  if (version !== loadedVersion) {
    setLoadedVersion(version);
    setCells(cellsFrom(variants));
  }

  const changed: GridCell[] = [];
  for (const section of sections) {
    for (const sizeLabel of section.sizes) {
      for (const widthCode of section.widths) {
        const key = cellKey({ fitRange: section.fitRange, sizeLabel, widthCode });
        const before = original.get(key);
        const now = cells[key] ?? { stock: "", sku: "" };
        if ((before ? String(before.stock) : "") !== now.stock.trim() || (before?.sku ?? "") !== now.sku.trim()) {
          changed.push({
            fitRange: section.fitRange,
            sizeLabel,
            widthCode: widthCode as GridCell["widthCode"],
            stock: now.stock,
            sku: now.sku,
            expected: before ? before.stock : null,
          });
        }
      }
    }
  }

  function save() {
    const local: Record<string, string> = {};
    for (const cell of changed) {
      const parsed = gridCellSchema.safeParse(cell);
      if (!parsed.success) local[cellKey(cell)] = parsed.error.issues[0]?.message ?? "Check this cell";
    }
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setState({ ok: false, message: "Nothing was saved: fix the highlighted cells." });
      return;
    }
    // The last save's message would otherwise stand for this one until it answers.
    setState(null);
    startTransition(async () => {
      const result = await saveVariantGridAction(productId, changed);
      setState(result);
      setErrors(result.fields ?? {});
      if (result.ok) router.refresh();
    });
  }

  const update = (key: string, patch: Partial<CellState>) =>
    setCells((all) => ({ ...all, [key]: { ...(all[key] ?? { stock: "", sku: "" }), ...patch } }));

  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <section
          key={section.fitRange}
          aria-labelledby={`grid-${section.fitRange}`}
          className="space-y-2 overflow-x-auto"
        >
          <h2 id={`grid-${section.fitRange}`} className="text-xl font-semibold">
            {RANGE_TITLE[section.fitRange]}
          </h2>
          <table className="text-sm">
            <thead>
              <tr>
                <th scope="col" className="px-2 text-left">
                  Size
                </th>
                {section.widths.map((width) => (
                  <th key={width} scope="col" className="px-2">
                    {width}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.sizes.map((size) => (
                <tr key={size} className="border-t border-brand-50">
                  <th scope="row" className="px-2 text-left">
                    {size}
                  </th>
                  {section.widths.map((width) => {
                    const key = cellKey({ fitRange: section.fitRange, sizeLabel: size, widthCode: width });
                    const cell = cells[key] ?? { stock: "", sku: "" };
                    const error = errors[key];
                    const name = `${RANGE_TITLE[section.fitRange]} ${size}, width ${width}`;
                    return (
                      <td key={width} className={`px-1 py-1 align-top ${error ? "bg-red-50" : ""}`}>
                        <input
                          value={cell.stock}
                          onChange={(event) => update(key, { stock: event.target.value })}
                          inputMode="numeric"
                          aria-label={`${name}: pairs in stock (empty: not offered)`}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${key}-error` : undefined}
                          className="w-16 rounded border border-gray-400 px-1 py-0.5 aria-[invalid=true]:border-red-700"
                        />
                        {cell.stock.trim() !== "" ? (
                          <input
                            value={cell.sku}
                            onChange={(event) => update(key, { sku: event.target.value })}
                            placeholder={skuFor[key] ?? "SKU"}
                            aria-label={`${name}: SKU`}
                            className="mt-1 block w-40 rounded border border-gray-300 px-1 py-0.5 text-xs"
                          />
                        ) : null}
                        {error ? (
                          <p id={`${key}-error`} className="max-w-40 text-xs font-semibold text-red-800">
                            {error}
                          </p>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <StatusMessage state={state} />
      <div className="flex items-center gap-4">
        <button type="button" onClick={save} disabled={pending || changed.length === 0} className={BUTTON_CLASS}>
          {pending ? "Saving…" : `Save ${changed.length} ${changed.length === 1 ? "change" : "changes"}`}
        </button>
        <p className="text-sm text-muted">
          A new size&apos;s SKU defaults to the grey suggestion if you leave it empty.
        </p>
      </div>
    </div>
  );
}
