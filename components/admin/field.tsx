import type { ReactNode } from "react";

// A labelled form control with its help text and error, wired for screen readers: the control
// gets aria-describedby (help + error) and aria-invalid from fieldAria().

export function fieldAria(id: string, error: string | undefined, help?: string) {
  const described = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": described || undefined } as const;
}

export function Field({
  id,
  label,
  help,
  error,
  children,
}: {
  id: string;
  label: string;
  help?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {help ? (
        <p id={`${id}-help`} className="text-sm text-muted">
          {help}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const INPUT_CLASS =
  "w-full rounded border border-gray-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";
export const BUTTON_CLASS =
  "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const SECONDARY_BUTTON_CLASS =
  "rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60";
export const DANGER_BUTTON_CLASS =
  "rounded-md border border-red-800 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60";
