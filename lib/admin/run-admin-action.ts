import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { StaffRole } from "@/lib/generated/prisma/client";
import { checkSameOrigin } from "@/lib/http/same-origin";
import { hasOnlyStorableText } from "@/lib/validation/storable-text";
import type { ActionState } from "@/lib/admin/action-state";
import { toActionState } from "@/lib/admin/to-action-state";
import { readRequestContext } from "@/lib/staff/request-context";
import { requireStaff } from "@/lib/staff/require-staff";
import type { StaffActor } from "@/lib/staff/staff-actor";

export const UNSTORABLE_TEXT_MESSAGE =
  "Some text has a character that can't be saved (a null character or a broken symbol). Remove it and try again.";

/**
 * The frame of every admin Server Action. Server Actions are public POST endpoints that can be
 * called without loading the page, with any arguments, so each one: refuses a cross-site request
 * (Next lets one without Origin through), then requires a live staff session of the given role,
 * then refuses text the database can't store anywhere in `args` (the action's raw arguments),
 * then runs `work`, which parses them. Every failure becomes a state for the form, never a throw:
 * known ones a message (and field errors); anything else is logged and reported generically.
 */
export async function runAdminAction(
  role: StaffRole,
  args: readonly unknown[],
  work: (actor: StaffActor) => Promise<ActionState>,
): Promise<ActionState> {
  const context = await readRequestContext();
  const verdict = checkSameOrigin(context.headers);
  if (!verdict.ok) {
    console.warn(`Refused cross-site Server Action from ${context.ip}: ${verdict.reason}`);
    return { ok: false, message: "This request came from another site and was refused." };
  }
  const actor = await requireStaff(role);
  if (!hasOnlyStorableText(args)) return { ok: false, message: UNSTORABLE_TEXT_MESSAGE };
  try {
    return await work(actor);
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() from inside `work` must still work
    return toActionState(error);
  }
}
