"use client";

import { cancelOrderAction } from "@/lib/admin/orders/order-actions";
import { ActionButton } from "./action-button";
import { DANGER_BUTTON_CLASS } from "./field";

/**
 * What cancelling does depends on the order: an unpaid one stops its payment page, a paid one is
 * refunded through Stripe, and an exchange's order (nothing charged) has nothing to refund. Every
 * kind puts its pairs back in stock.
 */
export type CancellableOrder = "unpaid" | "paid" | "no-charge";

const COPY: Record<CancellableOrder, { label: string; confirm: string }> = {
  unpaid: {
    label: "Cancel this unpaid order",
    confirm: "Cancel this order and put its pairs back in stock? The shopper's payment page will stop working.",
  },
  paid: {
    label: "Cancel and refund",
    confirm:
      "Cancel this order? The shopper's payment will be refunded to their card through Stripe, and the pairs go back in stock.",
  },
  "no-charge": {
    label: "Cancel this order",
    confirm: "Cancel this order and put its pairs back in stock? Nothing was charged for it, so nothing is refunded.",
  },
};

export function CancelOrderButton({ orderId, kind = "unpaid" }: { orderId: string; kind?: CancellableOrder }) {
  const { label, confirm } = COPY[kind];
  return (
    <ActionButton
      label={label}
      pendingLabel="Cancelling…"
      confirm={confirm}
      run={() => cancelOrderAction(orderId)}
      className={DANGER_BUTTON_CLASS}
    />
  );
}
