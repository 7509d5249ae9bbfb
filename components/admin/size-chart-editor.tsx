"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import { saveSizeChartAction } from "@/lib/admin/content/brand-actions";
import { sizeChartSchema, type SizeChartFormValues } from "@/lib/admin/content/brand-schema";
import { BUTTON_CLASS, SECONDARY_BUTTON_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

const RANGE_TITLE = { men: "Men's sizes", women: "Women's sizes" } as const;

/** One range of a brand's size chart: each US size label and the foot lengths (mm) it fits. */
export function SizeChartEditor({ brandId, defaults }: { brandId: string; defaults: SizeChartFormValues }) {
  const { register, control, handleSubmit, formState, setError } = useForm<
    SizeChartFormValues,
    unknown,
    SizeChartFormValues
  >({
    resolver: zodResolver(sizeChartSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { fields, append, remove } = useFieldArray({ control, name: "rows" });
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: SizeChartFormValues) => saveSizeChartAction(brandId, values),
    setError,
  });
  const rowErrors = formState.errors.rows;
  const title = RANGE_TITLE[defaults.range];
  return (
    <form noValidate className="space-y-3" onSubmit={handleSubmit(submit)}>
      <h3 className="text-lg font-semibold">{title}</h3>
      <table className="text-sm">
        <thead>
          <tr>
            <th scope="col" className="px-2 text-left">
              US size
            </th>
            <th scope="col" className="px-2 text-left">
              Shortest foot (mm)
            </th>
            <th scope="col" className="px-2 text-left">
              Longest foot (mm)
            </th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, index) => {
            const error = rowErrors?.[index];
            const message =
              error?.sizeLabel?.message ?? error?.footLengthMinMm?.message ?? error?.footLengthMaxMm?.message;
            return (
              <tr key={field.id} className="align-top">
                <td className="px-1">
                  <input
                    {...register(`rows.${index}.sizeLabel`)}
                    aria-label={`${title} row ${index + 1}: size`}
                    aria-invalid={error?.sizeLabel ? true : undefined}
                    className="w-20 rounded border border-gray-400 px-1"
                  />
                </td>
                <td className="px-1">
                  <input
                    {...register(`rows.${index}.footLengthMinMm`)}
                    inputMode="numeric"
                    aria-label={`${title} row ${index + 1}: shortest foot in mm`}
                    aria-invalid={error?.footLengthMinMm ? true : undefined}
                    className="w-24 rounded border border-gray-400 px-1"
                  />
                </td>
                <td className="px-1">
                  <input
                    {...register(`rows.${index}.footLengthMaxMm`)}
                    inputMode="numeric"
                    aria-label={`${title} row ${index + 1}: longest foot in mm`}
                    aria-invalid={error?.footLengthMaxMm ? true : undefined}
                    className="w-24 rounded border border-gray-400 px-1"
                  />
                  {message ? <p className="text-xs font-semibold text-red-800">{message}</p> : null}
                </td>
                <td className="px-1">
                  <button type="button" onClick={() => remove(index)} className="text-sm text-red-800 underline">
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <StatusMessage state={state} />
      <div className="flex gap-3">
        <button
          type="button"
          onClick={() => append({ sizeLabel: "", footLengthMinMm: "", footLengthMaxMm: "" })}
          className={SECONDARY_BUTTON_CLASS}
        >
          Add a size
        </button>
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>
          {pending ? "Saving…" : `Save ${title.toLowerCase()}`}
        </button>
      </div>
    </form>
  );
}
