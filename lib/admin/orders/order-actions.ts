"use server";

import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { addOrderNote } from "@/lib/admin/orders/add-order-note";
import { cancelOrder } from "@/lib/admin/orders/cancel-order";
import { markOrderShipped } from "@/lib/admin/orders/mark-order-shipped";
import { revalidateStorefront } from "@/lib/admin/revalidate-storefront";
import { runAdminAction } from "@/lib/admin/run-admin-action";
import { refundOutcomeMessage } from "@/lib/admin/returns/refund-outcome-message";

const id = z.string().min(1).max(40);

export async function shipOrderAction(orderId: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [orderId, values], async (actor) => {
    const { emailQueued } = await markOrderShipped(actor, id.parse(orderId), values);
    return {
      ok: true,
      message: emailQueued
        ? "Marked as shipped. The shopper's email is queued."
        : "Marked as shipped. The order has no email address, so no email was queued.",
    };
  });
}

export async function cancelOrderAction(orderId: unknown): Promise<ActionState> {
  return runAdminAction("staff", [orderId], async (actor) => {
    const { refund } = await cancelOrder(actor, id.parse(orderId));
    revalidateStorefront();
    return {
      ok: true,
      message: `Cancelled. Its pairs are back in stock.${refund ? ` ${refundOutcomeMessage(refund)}` : ""}`,
    };
  });
}

export async function addOrderNoteAction(orderId: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [orderId, values], async (actor) => {
    await addOrderNote(actor, id.parse(orderId), values);
    return { ok: true, message: "Note added." };
  });
}
