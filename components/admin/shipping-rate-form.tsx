"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { deleteShippingRateAction, saveShippingRateAction } from "@/lib/admin/shipping/shipping-rate-actions";
import { shippingRateSchema, type ShippingRateFormValues } from "@/lib/admin/shipping/shipping-rate-schema";
import { ADMIN, adminShippingRateHref } from "@/lib/routes/admin";
import { ActionButton } from "./action-button";
import { BUTTON_CLASS, DANGER_BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { openCreatedRecord, useAdminFormSubmit } from "./use-admin-form-submit";

const HELP = {
  price: "In US dollars, like 6.95. 0 makes it free for every order.",
  days: "Business days from payment to delivery, as the payment page shows them.",
  countries:
    "Two-letter country codes, separated by commas or spaces (US, GB, DE). Checkout asks for an address only in these.",
  freeOver: "Orders whose shoes come to at least this much ship free with this rate. Leave empty for no threshold.",
  active: "Only active rates are offered at checkout (at most 5, cheapest first).",
};

/** Add or edit a shipping rate; the server checks every value again and names the bad ones. */
export function ShippingRateForm({ rateId, defaults }: { rateId: string | null; defaults: ShippingRateFormValues }) {
  const { register, handleSubmit, formState, setError } = useForm<
    ShippingRateFormValues,
    unknown,
    ShippingRateFormValues
  >({
    resolver: zodResolver(shippingRateSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors } = formState;
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: ShippingRateFormValues) => saveShippingRateAction(rateId, values),
    setError,
    onSaved: openCreatedRecord(rateId, adminShippingRateHref),
  });
  const text = (
    name: "name" | "price" | "minBusinessDays" | "maxBusinessDays" | "countries" | "freeOver",
    label: string,
    help?: string,
  ) => (
    <Field id={name} label={label} help={help} error={errors[name]?.message}>
      <input {...register(name)} {...fieldAria(name, errors[name]?.message, help)} className={INPUT_CLASS} />
    </Field>
  );
  return (
    <div className="max-w-xl space-y-6">
      <form noValidate className="space-y-4" onSubmit={handleSubmit(submit)}>
        {text("name", "Name")}
        {text("price", "Price", HELP.price)}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("minBusinessDays", "Fastest delivery (business days)", HELP.days)}
          {text("maxBusinessDays", "Slowest delivery (business days)")}
        </div>
        {text("countries", "Countries", HELP.countries)}
        {text("freeOver", "Free shipping from (optional)", HELP.freeOver)}
        <div className="space-y-1">
          <label className="flex items-center gap-2 font-semibold">
            <input type="checkbox" {...register("active")} aria-describedby="active-help" /> Active
          </label>
          <p id="active-help" className="text-sm text-muted">
            {HELP.active}
          </p>
        </div>
        <StatusMessage state={state} />
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>
          {pending ? "Saving…" : rateId ? "Save rate" : "Add rate"}
        </button>
      </form>
      {rateId ? (
        <ActionButton
          label="Delete this rate"
          pendingLabel="Deleting…"
          confirm="Delete this shipping rate? Orders that used it keep their own copy."
          run={() => deleteShippingRateAction(rateId)}
          className={DANGER_BUTTON_CLASS}
          then={ADMIN.shipping}
        />
      ) : null}
    </div>
  );
}
