"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { saveStoreSettingsAction } from "@/lib/admin/settings/settings-actions";
import {
  storeSettingsSchema,
  TAX_MODE_LABELS,
  TAX_MODES,
  type StoreSettingsValues,
} from "@/lib/settings/settings-schema";
import { BUTTON_CLASS, Field, fieldAria } from "./field";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

/** The store-wide settings: how prices and tax work at checkout, and the returns policy's numbers. */
export function StoreSettingsForm({ defaults }: { defaults: StoreSettingsValues }) {
  const { register, handleSubmit, formState, setError } = useForm<StoreSettingsValues, unknown, StoreSettingsValues>({
    resolver: zodResolver(storeSettingsSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: StoreSettingsValues) => saveStoreSettingsAction(values),
    setError,
  });
  const error = formState.errors.taxMode?.message;
  const errors = formState.errors;
  return (
    <form noValidate className="max-w-xl space-y-4" onSubmit={handleSubmit(submit)}>
      <fieldset className="space-y-2" aria-describedby={error ? "taxMode-error" : undefined}>
        <legend className="font-semibold">Prices and tax</legend>
        {TAX_MODES.map((mode) => (
          <label key={mode} className="flex items-start gap-2">
            <input type="radio" value={mode} {...register("taxMode")} className="mt-1" /> {TAX_MODE_LABELS[mode]}
          </label>
        ))}
        {error ? (
          <p id="taxMode-error" className="text-sm font-semibold text-red-800">
            {error}
          </p>
        ) : null}
      </fieldset>
      <p className="text-sm text-muted">
        Either way Stripe Tax works out the tax from the shopper&apos;s address, and each order records it. Checkouts
        already open keep the setting they started with.
      </p>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Returns</legend>
        <Field
          id="returnWindowDays"
          label="Return window (days after shipping)"
          help="Shoppers can start a return from their order page until this many days after the order shipped."
          error={errors.returnWindowDays?.message}
        >
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            className="w-28 rounded border px-2 py-1"
            {...fieldAria("returnWindowDays", errors.returnWindowDays?.message, "x")}
            {...register("returnWindowDays")}
          />
        </Field>
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1" {...register("refundShippingOnReturn")} /> Refund the original
          shipping when a return brings back the last pairs of an order
        </label>
        <Field
          id="returnAddress"
          label="Returns address"
          help="Printed on the return slip. One line per line."
          error={errors.returnAddress?.message}
        >
          <textarea
            rows={5}
            className="w-full rounded border px-2 py-1"
            {...fieldAria("returnAddress", errors.returnAddress?.message, "x")}
            {...register("returnAddress")}
          />
        </Field>
      </fieldset>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
