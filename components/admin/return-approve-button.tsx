"use client";

import { approveReturnAction } from "@/lib/admin/returns/return-actions";
import { ActionButton } from "./action-button";
import { BUTTON_CLASS } from "./field";

/** REQUESTED → APPROVED: the shopper is emailed to send the pairs. */
export function ReturnApproveButton({ returnId }: { returnId: string }) {
  return (
    <ActionButton
      label="Approve"
      pendingLabel="Approving…"
      run={() => approveReturnAction(returnId)}
      className={BUTTON_CLASS}
    />
  );
}
