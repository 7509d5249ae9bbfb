"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import type { ActionState } from "@/lib/admin/action-state";
import { applyFieldErrors } from "./apply-field-errors";

type AppRouter = ReturnType<typeof useRouter>;

/**
 * The submit half of every react-hook-form admin form: runs the Server Action in a transition
 * (`pending` while it runs), keeps its answer for <StatusMessage> and puts its field errors next
 * to the fields (the server re-checks every value). After a successful save `onSaved` decides
 * what happens next; without one the page refreshes in place, to show what was stored.
 */
export function useAdminFormSubmit<T extends FieldValues>({
  save,
  setError,
  onSaved = (_result, router) => router.refresh(),
}: {
  save: (values: T) => Promise<ActionState>;
  setError: UseFormSetError<T>;
  onSaved?: (result: ActionState, router: AppRouter) => void;
}) {
  const router = useRouter();
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (values: T) =>
    startTransition(async () => {
      const result = await save(values);
      setState(result);
      applyFieldErrors(setError, result.fields);
      if (result.ok) onSaved(result, router);
    });
  return { state, pending, submit };
}

/**
 * `onSaved` for a form that both creates and edits a record: a new record's page opens once it
 * exists; an edit refreshes in place.
 */
export function openCreatedRecord<T extends string>(recordId: string | null, hrefFor: (id: string) => Route<T>) {
  return (result: ActionState, router: AppRouter) =>
    !recordId && result.id ? router.push(hrefFor(result.id)) : router.refresh();
}
