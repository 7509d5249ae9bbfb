import { ApiError } from "@/lib/http/api-error";

/** What cart and checkout Server Actions return to useActionState (serializable). */
export type ActionResult =
  | { ok: true; message: string; count?: number; url?: string }
  | { ok: false; message: string; fields?: Record<string, string> };

/** The answer to a cart or checkout action called from another site (nothing was changed). */
export const CROSS_SITE_RESULT: ActionResult = {
  ok: false,
  message: "This request came from another site and was refused.",
};

/** Input that failed to parse: the first field's message is the one shown. */
export function invalidResult(fields: Record<string, string>): ActionResult {
  return { ok: false, message: Object.values(fields)[0] ?? "Check your input", fields };
}

/** Client mistakes become their message; anything else is logged and gets a generic one. */
export function actionError(error: unknown, fallback: string): ActionResult {
  if (error instanceof ApiError) {
    // A plain copy: React can't send an object without a prototype from a Server Action.
    const fields = Object.fromEntries(Object.entries(error.fields ?? {}));
    return { ok: false, message: Object.values(fields).join(" ") || fallback, fields };
  }
  console.error(fallback, error);
  return { ok: false, message: "Something went wrong on our side. Please try again." };
}
