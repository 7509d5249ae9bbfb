import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Puts the server's field errors next to the fields (the server re-checks every value). */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: Record<string, string> | undefined,
): void {
  for (const [name, message] of Object.entries(fields ?? {})) setError(name as Path<T>, { type: "server", message });
}
