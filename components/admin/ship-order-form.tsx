"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { shipOrderAction } from "@/lib/admin/orders/order-actions";
import { shipOrderSchema, type ShipOrderInput } from "@/lib/admin/orders/ship-schema";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

/** Tracking number → mark shipped (queues the shopper's "shipped" email). */
export function ShipOrderForm({ orderId }: { orderId: string }) {
  const { register, handleSubmit, formState, setError } = useForm<ShipOrderInput, unknown, ShipOrderInput>({
    resolver: zodResolver(shipOrderSchema, undefined, { raw: true }),
    defaultValues: { trackingNumber: "" },
  });
  const error = formState.errors.trackingNumber?.message;
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: ShipOrderInput) => shipOrderAction(orderId, values),
    setError,
  });
  return (
    <form noValidate className="space-y-3" onSubmit={handleSubmit(submit)}>
      <Field id="trackingNumber" label="Tracking number" error={error}>
        <input
          {...register("trackingNumber")}
          {...fieldAria("trackingNumber", error)}
          className={INPUT_CLASS}
          autoComplete="off"
        />
      </Field>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : "Mark as shipped"}
      </button>
    </form>
  );
}
