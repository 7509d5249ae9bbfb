import { describeError, type ErrorKind } from "@/lib/errors/describe-error";
import type { ActionState } from "./action-state";

// Staff-facing words for what describeError found, when the thrower wrote none.
const STAFF_WORDS: Record<Exclude<ErrorKind, "refused">, string> = {
  invalid_input: "Please fix the highlighted fields.",
  conflict: "Something with that name, slug or SKU already exists.",
  not_found: "That item no longer exists; reload the page.",
  unavailable: "The database is unavailable right now; try again in a moment.",
  unexpected: "Something went wrong; nothing was saved.",
};

/**
 * The staff-action adapter of the store's errors (decision 0015): a refusal shows its own sentence
 * (AdminError) and fields, bad input its fields, everything else a fixed sentence; bugs are logged.
 */
export function toActionState(error: unknown): ActionState {
  const described = describeError(error, "Admin action failed");
  if (described.kind === "refused")
    return { ok: false, message: described.message ?? STAFF_WORDS.unexpected, fields: described.fields };
  const fields = described.kind === "invalid_input" ? described.fields : undefined;
  return { ok: false, message: STAFF_WORDS[described.kind], ...(fields ? { fields } : {}) };
}
