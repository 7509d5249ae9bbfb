"use server";

import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { revalidateStorefront } from "@/lib/admin/revalidate-storefront";
import { runAdminAction } from "@/lib/admin/run-admin-action";
import { approveReturn } from "./approve-return";
import { declineReturn } from "./decline-return";
import { receiveReturn } from "./receive-return";
import { refundOutcomeMessage } from "./refund-outcome-message";
import { refundReturn } from "./refund-return";

// The staff's buttons on a return (decision 0022). Each change is audited by the function it calls.

const id = z.string().min(1).max(40);

export async function approveReturnAction(returnId: unknown): Promise<ActionState> {
  return runAdminAction("staff", [returnId], async (actor) => {
    await approveReturn(actor, id.parse(returnId));
    return { ok: true, message: "Approved. The shopper has been emailed." };
  });
}

export async function declineReturnAction(returnId: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [returnId, values], async (actor) => {
    const { released } = await declineReturn(actor, id.parse(returnId), values);
    if (released) revalidateStorefront();
    return {
      ok: true,
      message: released
        ? "Declined. The pairs held for the exchange are back in stock, and the shopper has been emailed."
        : "Declined. The shopper has been emailed.",
    };
  });
}

export async function receiveReturnAction(returnId: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [returnId, values], async (actor) => {
    const { restockedPairs, exchangeOrderId } = await receiveReturn(actor, id.parse(returnId), values);
    if (restockedPairs > 0) revalidateStorefront();
    const stock = restockedPairs === 1 ? "1 pair is back in stock." : `${restockedPairs} pairs are back in stock.`;
    return {
      ok: true,
      message: exchangeOrderId
        ? `Received. ${stock} The exchange's order is ready to ship in the orders list.`
        : `Received. ${stock} Refund it when you're ready.`,
    };
  });
}

export async function refundReturnAction(returnId: unknown): Promise<ActionState> {
  return runAdminAction("staff", [returnId], async (actor) => {
    const refund = await refundReturn(actor, id.parse(returnId));
    return { ok: refund.outcome.result !== "refused", message: refundOutcomeMessage(refund) };
  });
}
