"use server";

import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { saveCollection } from "@/lib/admin/content/save-collection";
import { revalidateStorefront } from "@/lib/admin/revalidate-storefront";
import { runAdminAction } from "@/lib/admin/run-admin-action";

export async function saveCollectionAction(collectionId: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [collectionId, values], async (actor) => {
    const id = z.union([z.null(), z.string().min(1).max(40)]).parse(collectionId);
    const saved = await saveCollection(actor, id, values);
    // The collection's page lists its shoes in the order just saved.
    revalidateStorefront([], [saved.slug]);
    return { ok: true, message: id ? "Collection saved." : "Collection created.", id: saved.id };
  });
}
