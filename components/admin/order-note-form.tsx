"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { addOrderNoteAction } from "@/lib/admin/orders/order-actions";
import { orderNoteSchema, type OrderNoteInput } from "@/lib/admin/orders/order-note-schema";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

/** Adds a staff-only note to an order; the page refreshes to show it in the list. */
export function OrderNoteForm({ orderId }: { orderId: string }) {
  const { register, handleSubmit, formState, setError, reset } = useForm<OrderNoteInput>({
    resolver: zodResolver(orderNoteSchema),
    defaultValues: { body: "" },
  });
  const error = formState.errors.body?.message;
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: OrderNoteInput) => addOrderNoteAction(orderId, values),
    setError,
    onSaved: (_result, router) => {
      reset();
      router.refresh();
    },
  });
  return (
    <form noValidate className="max-w-xl space-y-3" onSubmit={handleSubmit(submit)}>
      <Field id="body" label="Add a note" help="Only staff see notes. Keep health details out of them." error={error}>
        <textarea {...register("body")} {...fieldAria("body", error, "help")} rows={3} className={INPUT_CLASS} />
      </Field>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : "Add note"}
      </button>
    </form>
  );
}
