"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { shipOrderAction } from "@/lib/admin/orders/order-actions";
import { shipOrderSchema, type ShipOrder, type ShipOrderInput } from "@/lib/admin/orders/ship-schema";
import { CARRIER_CODES, CARRIERS } from "@/lib/orders/carriers";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

/** Carrier and optional tracking number → mark shipped (queues the shopper's "shipped" email). */
export function ShipOrderForm({ orderId }: { orderId: string }) {
  const { register, handleSubmit, formState, setError, control } = useForm<ShipOrderInput, unknown, ShipOrder>({
    resolver: zodResolver(shipOrderSchema),
    // A tracking number typed before switching to hand delivery or post is dropped with its field.
    shouldUnregister: true,
    defaultValues: { carrier: "usps", trackingNumber: "" },
  });
  const errors = formState.errors;
  const tracked = CARRIERS[useWatch({ control, name: "carrier" }) ?? "other"].tracked;
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: ShipOrder) => shipOrderAction(orderId, values),
    setError,
  });
  return (
    <form noValidate className="max-w-md space-y-3" onSubmit={handleSubmit(submit)}>
      <Field id="carrier" label="Carrier" error={errors.carrier?.message}>
        <select {...register("carrier")} {...fieldAria("carrier", errors.carrier?.message)} className={INPUT_CLASS}>
          {CARRIER_CODES.map((code) => (
            <option key={code} value={code}>
              {CARRIERS[code].name}
            </option>
          ))}
        </select>
      </Field>
      {tracked ? (
        <Field
          id="trackingNumber"
          label="Tracking number (optional)"
          help="For USPS, UPS, FedEx, DHL and Royal Mail it becomes a tracking link for the shopper."
          error={errors.trackingNumber?.message}
        >
          <input
            {...register("trackingNumber")}
            {...fieldAria("trackingNumber", errors.trackingNumber?.message, "help")}
            className={INPUT_CLASS}
            autoComplete="off"
          />
        </Field>
      ) : null}
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : "Mark as shipped"}
      </button>
    </form>
  );
}
