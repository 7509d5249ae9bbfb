"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch, type Path } from "react-hook-form";
import { createProductAction, updateProductAction } from "@/lib/admin/catalog/product-actions";
import { productSchema, slugify, type ProductFormValues } from "@/lib/admin/catalog/product-schema";
import { adminProductVariantsHref } from "@/lib/routes/admin";
import {
  BASE_WIDTHS,
  CATEGORIES,
  CLOSURES,
  HEEL_COUNTERS,
  OUTSOLES,
  PRODUCT_RANGES,
  ROCKERS,
  SUPPORTS,
  TOE_BOXES,
} from "@/lib/catalog/fit-facts";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { PRODUCT_FIELD_HELP } from "./product-field-help";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

type Props = {
  productId: string | null;
  /** The product's updatedAt when loaded, so a conflicting save by someone else is caught. */
  loadedAt: string;
  defaults: ProductFormValues;
  brands: { id: string; name: string }[];
};

const label = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ");

/** Create or edit a product: every fit fact, checked here and again by the Server Action. */
export function ProductForm({ productId, loadedAt, defaults, brands }: Props) {
  const { register, control, handleSubmit, formState, setError, setValue, getValues } = useForm<
    ProductFormValues,
    unknown,
    ProductFormValues
  >({
    resolver: zodResolver(productSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors } = formState;
  const heel = Number(useWatch({ control, name: "heelStackMm" }));
  const forefoot = Number(useWatch({ control, name: "forefootStackMm" }));
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: ProductFormValues) =>
      productId ? updateProductAction(productId, loadedAt, values) : createProductAction(values),
    setError,
    // A new product goes on to its sizes and stock (the create action answers its id).
    onSaved: (result, router) => (result.id ? router.push(adminProductVariantsHref(result.id)) : router.refresh()),
  });

  const text = (
    name: Path<ProductFormValues>,
    title: string,
    props: { inputMode?: "numeric" | "decimal"; suffix?: string } = {},
  ) => {
    const error = errors[name as keyof ProductFormValues]?.message;
    const help = PRODUCT_FIELD_HELP[name];
    return (
      <Field id={name} label={title} help={help} error={error}>
        <div className="flex items-center gap-2">
          <input
            {...register(name)}
            {...fieldAria(name, error, help)}
            inputMode={props.inputMode}
            className={INPUT_CLASS}
          />
          {props.suffix ? <span className="text-muted">{props.suffix}</span> : null}
        </div>
      </Field>
    );
  };
  const select = (name: Path<ProductFormValues>, title: string, values: readonly string[]) => {
    const error = errors[name as keyof ProductFormValues]?.message;
    const help = PRODUCT_FIELD_HELP[name];
    return (
      <Field id={name} label={title} help={help} error={error}>
        <select {...register(name)} {...fieldAria(name, error, help)} className={INPUT_CLASS}>
          {values.map((value) => (
            <option key={value} value={value}>
              {label(value)}
            </option>
          ))}
        </select>
      </Field>
    );
  };
  const checkbox = (name: "published" | "removableInsole", title: string) => (
    <div className="space-y-1">
      <label className="flex items-center gap-2 font-semibold">
        <input type="checkbox" {...register(name)} aria-describedby={`${name}-help`} /> {title}
      </label>
      <p id={`${name}-help`} className="text-sm text-muted">
        {PRODUCT_FIELD_HELP[name]}
      </p>
    </div>
  );

  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="space-y-8">
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The shoe</legend>
        <Field id="name" label="Name" error={errors.name?.message}>
          <input
            {...register("name", {
              onBlur: () => {
                if (!getValues("slug")) setValue("slug", slugify(getValues("name")));
              },
            })}
            {...fieldAria("name", errors.name?.message)}
            className={INPUT_CLASS}
          />
        </Field>
        {text("slug", "Web address")}
        <Field id="brandId" label="Brand" error={errors.brandId?.message}>
          <select {...register("brandId")} {...fieldAria("brandId", errors.brandId?.message)} className={INPUT_CLASS}>
            <option value="">Choose a brand</option>
            {brands.map((brand) => (
              <option key={brand.id} value={brand.id}>
                {brand.name}
              </option>
            ))}
          </select>
        </Field>
        {select("range", "Sized for", PRODUCT_RANGES)}
        {select("category", "Category", CATEGORIES)}
        {text("price", "Price", { inputMode: "decimal", suffix: "USD" })}
        <div className="md:col-span-2">
          <Field
            id="description"
            label="Description"
            help={PRODUCT_FIELD_HELP.description}
            error={errors.description?.message}
          >
            <textarea
              {...register("description")}
              {...fieldAria("description", errors.description?.message, PRODUCT_FIELD_HELP.description)}
              rows={4}
              className={INPUT_CLASS}
            />
          </Field>
        </div>
        {text("featuredRank", "Featured rank", { inputMode: "numeric" })}
        {checkbox("published", "Published")}
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Fit facts (used by the fit quiz)</legend>
        {select("support", "Support", SUPPORTS)}
        {text("cushionLevel", "Cushioning (1–5)", { inputMode: "numeric" })}
        {text("heelStackMm", "Heel stack", { inputMode: "numeric", suffix: "mm" })}
        {text("forefootStackMm", "Forefoot stack", { inputMode: "numeric", suffix: "mm" })}
        <p className="md:col-span-2 text-sm" aria-live="polite">
          Drop: {Number.isFinite(heel - forefoot) ? `${heel - forefoot} mm` : "enter both stack heights"}
        </p>
        {select("rocker", "Rocker", ROCKERS)}
        {select("heelCounter", "Heel counter", HEEL_COUNTERS)}
        {select("baseWidth", "Base width", BASE_WIDTHS)}
        {select("toeBox", "Toe box", TOE_BOXES)}
        {text("weightG", "Weight", { inputMode: "numeric", suffix: "g" })}
        {select("closure", "Closure", CLOSURES)}
        {select("outsole", "Outsole", OUTSOLES)}
        {checkbox("removableInsole", "Removable insole")}
      </fieldset>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : productId ? "Save changes" : "Create product"}
      </button>
    </form>
  );
}
