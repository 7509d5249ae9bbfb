"use client";

import { removeProductAction, restoreProductAction, setPublishedAction } from "@/lib/admin/catalog/product-actions";
import { ADMIN } from "@/lib/routes/admin";
import { ActionButton } from "./action-button";
import { DANGER_BUTTON_CLASS, SECONDARY_BUTTON_CLASS } from "./field";

type Props = { productId: string; published: boolean; archived: boolean; isOwner: boolean };

/** Publish/hide, and for owners delete-or-archive and restore. */
export function ProductControls({ productId, published, archived, isOwner }: Props) {
  return (
    <div className="flex flex-wrap gap-4">
      {archived ? null : (
        <ActionButton
          label={published ? "Hide from the shop" : "Publish"}
          pendingLabel={published ? "Hiding…" : "Publishing…"}
          run={() => setPublishedAction(productId, !published)}
          className={SECONDARY_BUTTON_CLASS}
        />
      )}
      {isOwner && archived ? (
        <ActionButton
          label="Restore from archive"
          pendingLabel="Restoring…"
          run={() => restoreProductAction(productId)}
          className={SECONDARY_BUTTON_CLASS}
        />
      ) : null}
      {isOwner && !archived ? (
        <ActionButton
          label="Delete (or archive if ordered)"
          pendingLabel="Removing…"
          confirm="Delete this product? If anyone has ordered it, it will be archived instead."
          run={() => removeProductAction(productId)}
          className={DANGER_BUTTON_CLASS}
          then={ADMIN.products}
        />
      ) : null}
    </div>
  );
}
