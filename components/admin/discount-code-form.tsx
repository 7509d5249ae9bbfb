"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { deactivateDiscountCodeAction, saveDiscountCodeAction } from "@/lib/admin/discounts/discount-code-actions";
import { discountCodeSchema, type DiscountCodeFormValues } from "@/lib/admin/discounts/discount-code-schema";
import { ADMIN, adminDiscountCodeHref } from "@/lib/routes/admin";
import { ActionButton } from "./action-button";
import { BUTTON_CLASS, DANGER_BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { openCreatedRecord, useAdminFormSubmit } from "./use-admin-form-submit";

const HELP = {
  code: "What shoppers type in the cart, in any case. 3 to 32 letters, digits, - or _.",
  value: "A percentage (10 or 12.5) or an amount in US dollars (10.00), depending on the kind.",
  minSubtotal: "The shoes in the cart must come to at least this much. Leave empty for no minimum.",
  dates:
    "Days in UTC. The code works from the start of the first day to the end of the last. Leave empty for no limit.",
  usageLimit: "Uses in total, across all shoppers. A checkout holds a use while the shopper pays. Empty: no limit.",
  oncePerEmail:
    "Checked when the payment completes (Stripe gives the email then): a second order from the same email is held for staff.",
  collection: "Only the shoes in this collection are discounted; the minimum still counts the whole cart.",
};

type Props = {
  codeId: string | null;
  defaults: DiscountCodeFormValues;
  collections: { id: string; title: string }[];
  active: boolean;
};

/** Add or edit a discount code; the server checks every value again and names the bad ones. */
export function DiscountCodeForm({ codeId, defaults, collections, active }: Props) {
  const { register, handleSubmit, formState, setError } = useForm<
    DiscountCodeFormValues,
    unknown,
    DiscountCodeFormValues
  >({
    resolver: zodResolver(discountCodeSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors } = formState;
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: DiscountCodeFormValues) => saveDiscountCodeAction(codeId, values),
    setError,
    onSaved: openCreatedRecord(codeId, adminDiscountCodeHref),
  });
  const text = (
    name: "code" | "description" | "value" | "minSubtotal" | "usageLimit",
    label: string,
    help?: string,
  ) => (
    <Field id={name} label={label} help={help} error={errors[name]?.message}>
      <input {...register(name)} {...fieldAria(name, errors[name]?.message, help)} className={INPUT_CLASS} />
    </Field>
  );
  const day = (name: "startsOn" | "endsOn", label: string, help?: string) => (
    <Field id={name} label={label} help={help} error={errors[name]?.message}>
      <input
        type="date"
        {...register(name)}
        {...fieldAria(name, errors[name]?.message, help)}
        className={INPUT_CLASS}
      />
    </Field>
  );
  return (
    <div className="max-w-xl space-y-6">
      <form noValidate className="space-y-4" onSubmit={handleSubmit(submit)}>
        {text("code", "Code", HELP.code)}
        {text("description", "Note for staff (optional)")}
        <Field id="kind" label="Kind" error={errors.kind?.message}>
          <select {...register("kind")} {...fieldAria("kind", errors.kind?.message)} className={INPUT_CLASS}>
            <option value="percent">Percentage off</option>
            <option value="amount">Fixed amount off</option>
          </select>
        </Field>
        {text("value", "Discount", HELP.value)}
        {text("minSubtotal", "Minimum subtotal (optional)", HELP.minSubtotal)}
        <div className="grid gap-4 sm:grid-cols-2">
          {day("startsOn", "First day (optional)", HELP.dates)}
          {day("endsOn", "Last day (optional)")}
        </div>
        {text("usageLimit", "Usage limit (optional)", HELP.usageLimit)}
        <Field
          id="collectionId"
          label="Only for a collection (optional)"
          help={HELP.collection}
          error={errors.collectionId?.message}
        >
          <select
            {...register("collectionId")}
            {...fieldAria("collectionId", errors.collectionId?.message, HELP.collection)}
            className={INPUT_CLASS}
          >
            <option value="">All shoes</option>
            {collections.map((collection) => (
              <option key={collection.id} value={collection.id}>
                {collection.title}
              </option>
            ))}
          </select>
        </Field>
        <div className="space-y-1">
          <label className="flex items-center gap-2 font-semibold">
            <input type="checkbox" {...register("oncePerEmail")} aria-describedby="oncePerEmail-help" /> Once per email
          </label>
          <p id="oncePerEmail-help" className="text-sm text-muted">
            {HELP.oncePerEmail}
          </p>
        </div>
        <label className="flex items-center gap-2 font-semibold">
          <input type="checkbox" {...register("active")} /> Active
        </label>
        <StatusMessage state={state} />
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>
          {pending ? "Saving…" : codeId ? "Save code" : "Add code"}
        </button>
      </form>
      {codeId && active ? (
        <ActionButton
          label="Deactivate this code"
          pendingLabel="Deactivating…"
          confirm="Deactivate this code? Carts can't apply it any more; checkouts already holding it keep their discount."
          run={() => deactivateDiscountCodeAction(codeId)}
          className={DANGER_BUTTON_CLASS}
          then={ADMIN.discounts}
        />
      ) : null}
    </div>
  );
}
