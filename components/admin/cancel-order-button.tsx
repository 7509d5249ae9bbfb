"use client";

import { cancelOrderAction } from "@/lib/admin/orders/order-actions";
import { ActionButton } from "./action-button";
import { DANGER_BUTTON_CLASS } from "./field";

export function CancelOrderButton({ orderId }: { orderId: string }) {
  return (
    <ActionButton
      label="Cancel this unpaid order"
      pendingLabel="Cancelling…"
      confirm="Cancel this order and put its pairs back in stock? The shopper's payment page will stop working."
      run={() => cancelOrderAction(orderId)}
      className={DANGER_BUTTON_CLASS}
    />
  );
}
