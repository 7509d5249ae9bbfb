"use server";

import type { ActionState } from "@/lib/admin/action-state";
import { runAdminAction } from "@/lib/admin/run-admin-action";
import { saveStoreSettings } from "@/lib/settings/save-store-settings";

/** The store settings form. Staff only, audited like every admin change (save-store-settings.ts). */
export async function saveStoreSettingsAction(values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [values], async (actor) => {
    const { changed } = await saveStoreSettings(actor, values);
    return {
      ok: true,
      message: changed
        ? "Settings saved. Checkouts started from now on use them; open checkouts keep theirs."
        : "Nothing changed.",
    };
  });
}
