"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { saveCollectionAction } from "@/lib/admin/content/collection-actions";
import { collectionSchema, type CollectionFormValues } from "@/lib/admin/content/collection-schema";
import { adminCollectionHref } from "@/lib/routes/admin";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { openCreatedRecord, useAdminFormSubmit } from "./use-admin-form-submit";

type Props = { collectionId: string | null; defaults: CollectionFormValues; products: { id: string; name: string }[] };

/** A collection's details and its shoes in display order (move up/down, add, remove). */
export function CollectionForm({ collectionId, defaults, products }: Props) {
  const { register, control, handleSubmit, formState, setError, setValue } = useForm<
    CollectionFormValues,
    unknown,
    CollectionFormValues
  >({
    resolver: zodResolver(collectionSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors } = formState;
  const ids = useWatch({ control, name: "productIds" });
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: CollectionFormValues) => saveCollectionAction(collectionId, values),
    setError,
    onSaved: openCreatedRecord(collectionId, adminCollectionHref),
  });
  const names = new Map(products.map((product) => [product.id, product.name]));
  const setIds = (next: string[]) => setValue("productIds", next, { shouldDirty: true });
  const move = (index: number, by: -1 | 1) => {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item as string);
    setIds(next);
  };

  return (
    <form noValidate className="space-y-6" onSubmit={handleSubmit(submit)}>
      <div className="grid max-w-2xl gap-4">
        <Field id="title" label="Title" error={errors.title?.message}>
          <input {...register("title")} {...fieldAria("title", errors.title?.message)} className={INPUT_CLASS} />
        </Field>
        <Field id="slug" label="Web address" help="/collections/<this>" error={errors.slug?.message}>
          <input {...register("slug")} {...fieldAria("slug", errors.slug?.message, "help")} className={INPUT_CLASS} />
        </Field>
        <Field id="description" label="Description" error={errors.description?.message}>
          <textarea
            {...register("description")}
            {...fieldAria("description", errors.description?.message)}
            rows={3}
            className={INPUT_CLASS}
          />
        </Field>
        <Field
          id="featuredRank"
          label="Home page position"
          help="1 shows first on the home page; empty keeps it off the home page."
          error={errors.featuredRank?.message}
        >
          <input
            {...register("featuredRank")}
            {...fieldAria("featuredRank", errors.featuredRank?.message, "help")}
            inputMode="numeric"
            className={INPUT_CLASS}
          />
        </Field>
      </div>
      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="text-xl font-semibold">
          Shoes, in display order
        </h2>
        {errors.productIds?.message ? <p className="font-semibold text-red-800">{errors.productIds.message}</p> : null}
        <ol className="space-y-1">
          {ids.map((id, index) => (
            <li key={id} className="flex flex-wrap items-center gap-3">
              <span className="w-8 text-right">{index + 1}.</span>
              <span className="flex-1">{names.get(id) ?? id}</span>
              <button
                type="button"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={`Move ${names.get(id)} up`}
                className="underline disabled:opacity-40"
              >
                Up
              </button>
              <button
                type="button"
                disabled={index === ids.length - 1}
                onClick={() => move(index, 1)}
                aria-label={`Move ${names.get(id)} down`}
                className="underline disabled:opacity-40"
              >
                Down
              </button>
              <button
                type="button"
                onClick={() => setIds(ids.filter((other) => other !== id))}
                aria-label={`Remove ${names.get(id)}`}
                className="text-red-800 underline"
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        <label htmlFor="add-shoe" className="block font-semibold">
          Add a shoe
        </label>
        <select
          id="add-shoe"
          defaultValue=""
          onChange={(event) => {
            if (event.target.value) setIds([...ids, event.target.value]);
            event.target.value = "";
          }}
          className={`${INPUT_CLASS} max-w-md`}
        >
          <option value="">Choose a shoe…</option>
          {products
            .filter((product) => !ids.includes(product.id))
            .map((product) => (
              <option key={product.id} value={product.id}>
                {product.name}
              </option>
            ))}
        </select>
      </section>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : collectionId ? "Save collection" : "Create collection"}
      </button>
    </form>
  );
}
