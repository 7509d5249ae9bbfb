"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { saveBrandAction } from "@/lib/admin/content/brand-actions";
import { brandSchema, type BrandFormValues } from "@/lib/admin/content/brand-schema";
import { adminBrandHref } from "@/lib/routes/admin";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { openCreatedRecord, useAdminFormSubmit } from "./use-admin-form-submit";

export function BrandForm({ brandId, defaults }: { brandId: string | null; defaults: BrandFormValues }) {
  const { register, handleSubmit, formState, setError } = useForm<BrandFormValues, unknown, BrandFormValues>({
    resolver: zodResolver(brandSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors } = formState;
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: BrandFormValues) => saveBrandAction(brandId, values),
    setError,
    // A new brand opens its own page (for its size charts); an edit stays here.
    onSaved: openCreatedRecord(brandId, adminBrandHref),
  });
  return (
    <form noValidate className="max-w-xl space-y-4" onSubmit={handleSubmit(submit)}>
      <Field id="name" label="Name" error={errors.name?.message}>
        <input {...register("name")} {...fieldAria("name", errors.name?.message)} className={INPUT_CLASS} />
      </Field>
      <Field id="slug" label="Web address" error={errors.slug?.message}>
        <input {...register("slug")} {...fieldAria("slug", errors.slug?.message)} className={INPUT_CLASS} />
      </Field>
      <Field id="description" label="Description" error={errors.description?.message}>
        <textarea
          {...register("description")}
          {...fieldAria("description", errors.description?.message)}
          rows={3}
          className={INPUT_CLASS}
        />
      </Field>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : brandId ? "Save brand" : "Add brand"}
      </button>
    </form>
  );
}
