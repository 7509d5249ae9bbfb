import "@/lib/validation/browser-zod-config";
import { ZodError } from "zod";
import { fieldErrors } from "./field-errors";
import { isDatabaseUnavailable } from "./is-database-unavailable";
import { StoreError } from "./store-error";

/**
 * What went wrong, before anyone words it: a StoreError someone threw on purpose ("refused"),
 * input that failed its schema, a row that's gone or already taken (Prisma P2025/P2002), the
 * database being out of reach, or a bug. The adapters (lib/http/api-error.ts for JSON routes,
 * lib/cart/action-result.ts for shopper actions, lib/admin/to-action-state.ts for staff actions)
 * choose the status line and the words for their audience.
 */
export type ErrorKind = "refused" | "invalid_input" | "not_found" | "conflict" | "unavailable" | "unexpected";

export type ErrorDescription = {
  kind: ErrorKind;
  status: number;
  /** The machine word for JSON replies (`error`). */
  code: string;
  /** A sentence to show as it is: the thrower's own, or the fields' sentences joined. */
  message?: string;
  fields?: Record<string, string>;
};

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The store can't reach its database right now. Please try again in a moment.";

/**
 * Classifies any thrown value. Logs what an operator should see: one line for a database outage
 * (expected while it restarts or fails over, so no stack), the whole error for a bug, under
 * `context` ("Unhandled API error", "Adding to the cart failed"...). Known failures aren't logged.
 */
export function describeError(error: unknown, context: string): ErrorDescription {
  if (error instanceof StoreError) {
    const message = error.userMessage ?? (Object.values(error.fields ?? {}).join(" ") || undefined);
    return { kind: "refused", status: error.status, code: error.code, message, fields: error.fields };
  }
  if (error instanceof ZodError)
    return { kind: "invalid_input", status: 400, code: "invalid_input", fields: fieldErrors(error) };
  const code = (error as { code?: unknown })?.code;
  if (code === "P2025") return { kind: "not_found", status: 404, code: "not_found" };
  if (code === "P2002") return { kind: "conflict", status: 409, code: "conflict" };
  if (isDatabaseUnavailable(error)) {
    console.warn(`Database unavailable; answered 503 (${summarize(error)}).`);
    return {
      kind: "unavailable",
      status: 503,
      code: "service_unavailable",
      message: DATABASE_UNAVAILABLE_MESSAGE,
      fields: { _: DATABASE_UNAVAILABLE_MESSAGE },
    };
  }
  console.error(context, error);
  return { kind: "unexpected", status: 500, code: "internal_error" };
}

/** The error's code and the last line of its message (Prisma puts the cause there). */
function summarize(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const last = typeof message === "string" ? message.trim().split("\n").pop()?.trim() : undefined;
  return [typeof code === "string" ? code : null, last?.slice(0, 200)].filter(Boolean).join(": ") || "no details";
}
