"use server";

import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { changeOwnPassword } from "@/lib/admin/staff/change-password";
import { createStaffUser } from "@/lib/admin/staff/create-staff-user";
import { runAdminAction } from "@/lib/admin/run-admin-action";
import { setStaffDisabled } from "@/lib/admin/staff/set-staff-disabled";
import { createStaffSchema } from "@/lib/staff/password-schema";

export async function createStaffAction(values: unknown): Promise<ActionState> {
  return runAdminAction("owner", [values], async (actor) => {
    const user = await createStaffUser(actor, createStaffSchema.parse(values));
    return {
      ok: true,
      message: `Added ${user.email} (${user.role}). Give them the password in person or by phone, not by email.`,
    };
  });
}

export async function setStaffDisabledAction(userId: unknown, disabled: unknown): Promise<ActionState> {
  return runAdminAction("owner", [userId, disabled], async (actor) => {
    const result = await setStaffDisabled(actor, z.string().min(1).max(40).parse(userId), z.boolean().parse(disabled));
    return {
      ok: true,
      message: z.boolean().parse(disabled)
        ? `Disabled; ${result.endedSessions} signed-in session(s) ended.`
        : "Enabled again.",
    };
  });
}

export async function changePasswordAction(values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [values], async (actor) => {
    const { endedSessions } = await changeOwnPassword(actor, values);
    return { ok: true, message: `Password changed. ${endedSessions} other signed-in session(s) were ended.` };
  });
}
