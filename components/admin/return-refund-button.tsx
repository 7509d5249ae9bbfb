"use client";

import { refundReturnAction } from "@/lib/admin/returns/return-actions";
import { ActionButton } from "./action-button";
import { BUTTON_CLASS } from "./field";

/**
 * Refunds a received return through Stripe. The amount is worked out on the server from the
 * pairs and what was paid, so the button names no sum; the status line says what Stripe did.
 */
export function ReturnRefundButton({ returnId }: { returnId: string }) {
  return (
    <ActionButton
      label="Refund to the shopper's card"
      pendingLabel="Refunding…"
      confirm="Refund these pairs to the shopper's card through Stripe?"
      run={() => refundReturnAction(returnId)}
      className={BUTTON_CLASS}
    />
  );
}
