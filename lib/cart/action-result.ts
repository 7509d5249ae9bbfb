import { describeError } from "@/lib/errors/describe-error";

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

/**
 * The shopper-action adapter of the store's errors (decision 0015): a refusal or bad input becomes
 * its message and fields, a database outage "try again in a moment", and anything else (logged
 * under `fallback` by describeError) a generic apology.
 */
export function actionError(error: unknown, fallback: string): ActionResult {
  const described = describeError(error, fallback);
  // Plain copies: React can't send an object without a prototype from a Server Action.
  const fields = Object.fromEntries(Object.entries(described.fields ?? {}));
  switch (described.kind) {
    case "refused":
      return { ok: false, message: described.message ?? fallback, fields };
    case "invalid_input":
      return invalidResult(fields);
    case "unavailable":
      return { ok: false, message: described.message ?? fallback };
    default:
      return { ok: false, message: "Something went wrong on our side. Please try again." };
  }
}
