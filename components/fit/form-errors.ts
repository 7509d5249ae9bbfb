import type { FieldErrors } from "react-hook-form";

/** The message at a dotted path in react-hook-form's nested errors, if any. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/** Flat {"pain.where": "..."} into react-hook-form's nested error shape. */
export function toNestedErrors(flat: Record<string, string>): FieldErrors {
  const nested: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(flat)) {
    const keys = path.split(".");
    let node = nested;
    keys.slice(0, -1).forEach((key) => {
      node = (node[key] ??= {}) as Record<string, unknown>;
    });
    node[keys[keys.length - 1] as string] = { type: "validation", message };
  }
  return nested as FieldErrors;
}
