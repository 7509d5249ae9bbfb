"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { shipOrderAction } from "@/lib/admin/orders/order-actions";
import type { ActionState } from "@/lib/admin/action-state";
import { shipOrderSchema, type ShipOrderInput } from "@/lib/admin/orders/ship-schema";
import { applyFieldErrors } from "./apply-field-errors";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";

/** Tracking number → mark shipped (queues the shopper's "shipped" email). */
export function ShipOrderForm({ orderId }: { orderId: string }) {
  const router = useRouter();
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError } = useForm<ShipOrderInput, unknown, ShipOrderInput>({
    resolver: zodResolver(shipOrderSchema, undefined, { raw: true }),
    defaultValues: { trackingNumber: "" },
  });
  const error = formState.errors.trackingNumber?.message;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={handleSubmit((values) =>
        startTransition(async () => {
          const result = await shipOrderAction(orderId, values);
          setState(result);
          applyFieldErrors(setError, result.fields);
          if (result.ok) router.refresh();
        }),
      )}
    >
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
