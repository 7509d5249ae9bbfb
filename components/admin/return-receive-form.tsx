"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { receiveReturnAction } from "@/lib/admin/returns/return-actions";
import {
  receiveReturnFormSchema,
  type ReceiveReturnInput,
  type ReceiveReturnValues,
} from "@/lib/admin/returns/return-form-schemas";
import { BUTTON_CLASS, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

export type ReceivableLine = { id: string; label: string; quantity: number };

const RESELLABLE_HELP = "Pairs you can sell again go back in stock; damaged ones don't.";

/** Marks the parcel received, with how many pairs of each line can be sold again (all, to start with). */
export function ReturnReceiveForm({ returnId, lines }: { returnId: string; lines: ReceivableLine[] }) {
  const { register, handleSubmit, formState, setError } = useForm<ReceiveReturnInput, unknown, ReceiveReturnValues>({
    resolver: zodResolver(receiveReturnFormSchema),
    defaultValues: { lines: lines.map((line) => ({ returnLineId: line.id, resellableQuantity: line.quantity })) },
  });
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: ReceiveReturnValues) => receiveReturnAction(returnId, values),
    setError,
  });
  return (
    <form noValidate className="max-w-xl space-y-3" onSubmit={handleSubmit(submit)}>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Pairs that can be sold again</legend>
        <p id="resellable-help" className="text-sm text-muted">
          {RESELLABLE_HELP}
        </p>
        {lines.map((line, index) => {
          const id = `resellable-${index}`;
          // The browser's check is per field; the server's "too many for this line" comes back
          // keyed by the return line.
          const error =
            formState.errors.lines?.[index]?.resellableQuantity?.message ?? state?.fields?.[`lines.${line.id}`];
          return (
            <div key={line.id} className="space-y-1">
              <label htmlFor={id} className="block">
                {line.label} (of {line.quantity} returned)
              </label>
              {/* The defaults are also written into the HTML, so the form reads right before it hydrates. */}
              <input type="hidden" defaultValue={line.id} {...register(`lines.${index}.returnLineId`)} />
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={0}
                max={line.quantity}
                defaultValue={line.quantity}
                {...register(`lines.${index}.resellableQuantity`)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `resellable-help ${id}-error` : "resellable-help"}
                className={`${INPUT_CLASS} max-w-32`}
              />
              {error ? (
                <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : "Mark received"}
      </button>
    </form>
  );
}
