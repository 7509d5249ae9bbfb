"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { saveBrandAction } from "@/lib/admin/content/brand-actions";
import type { ActionState } from "@/lib/admin/action-state";
import { brandSchema, type BrandFormValues } from "@/lib/admin/content/brand-schema";
import { applyFieldErrors } from "./apply-field-errors";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";

export function BrandForm({ brandId, defaults }: { brandId: string | null; defaults: BrandFormValues }) {
  const router = useRouter();
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError } = useForm<BrandFormValues, unknown, BrandFormValues>({
    resolver: zodResolver(brandSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors } = formState;
  return (
    <form
      noValidate
      className="max-w-xl space-y-4"
      onSubmit={handleSubmit((values) =>
        startTransition(async () => {
          const result = await saveBrandAction(brandId, values);
          setState(result);
          applyFieldErrors(setError, result.fields);
          if (result.ok && !brandId && result.id) router.push(`/admin/brands/${result.id}`);
          else if (result.ok) router.refresh();
        }),
      )}
    >
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
