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
import { BUTTON_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

/** The store-wide settings: how prices and tax work at checkout. */
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
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
