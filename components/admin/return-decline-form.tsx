"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { declineReturnAction } from "@/lib/admin/returns/return-actions";
import { declineReturnFormSchema, type DeclineReturnValues } from "@/lib/admin/returns/return-form-schemas";
import { DANGER_BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

/** Declines a return with the reason the shopper is emailed and shown. */
export function ReturnDeclineForm({ returnId }: { returnId: string }) {
  const { register, handleSubmit, formState, setError } = useForm<DeclineReturnValues>({
    resolver: zodResolver(declineReturnFormSchema),
    defaultValues: { reason: "" },
  });
  const error = formState.errors.reason?.message;
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: DeclineReturnValues) => declineReturnAction(returnId, values),
    setError,
  });
  return (
    <form noValidate className="max-w-xl space-y-3" onSubmit={handleSubmit(submit)}>
      <Field
        id="reason"
        label="Reason for declining"
        help="The shopper reads this in their email and on their return's page."
        error={error}
      >
        <textarea {...register("reason")} {...fieldAria("reason", error, "help")} rows={3} className={INPUT_CLASS} />
      </Field>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={DANGER_BUTTON_CLASS}>
        {pending ? "Declining…" : "Decline"}
      </button>
    </form>
  );
}
