import type { Fault, StandInContext } from "./context";
import type { StoredEvent } from "./store";
import type { Delivery } from "./webhook-sender";
import {
  completeSession,
  expireDueSessions,
  expireSession,
  settleAsyncPayment,
  type Completion,
} from "./session-lifecycle";
import type { ShopperInput } from "./shopper-details";
import { settleRefund, type RefundStatus } from "./refunds";

// What the code that started a stand-in can see and do: tests inspect requests and events, inject
// faults and play the shopper or Stripe's clock without a browser; main.ts only closes it.

export function standInControls(
  ctx: StandInContext,
  { url, port, close }: { url: string; port: number; close: () => Promise<void> },
) {
  const { store, sender } = ctx;
  return {
    url,
    port,
    requests: ctx.requests,
    get deliveries(): Delivery[] {
      return sender.deliveries;
    },
    get events(): StoredEvent[] {
      return store.events;
    },
    getSession: (id: string) => store.sessions.get(id) ?? null,
    sessions: () => [...store.sessions.values()],
    injectFaults: (...next: Fault[]) => void ctx.faults.push(...next),
    clearFaults: () => void ctx.faults.splice(0),
    completeSession: (
      id: string,
      {
        email = "shopper@example.com",
        paymentStatus = "paid" as "paid" | "unpaid",
        shopper,
        shippingRate,
      }: Partial<Omit<Completion, "shopper">> & { shopper?: ShopperInput } = {},
    ) => completeSession(ctx, id, { email, paymentStatus, shopper, shippingRate }),
    /** The test tax rate for sessions with automatic_tax, in basis points (2000 = 20 %). */
    setTaxRate: (bps: number) => {
      if (!Number.isSafeInteger(bps) || bps < 0) throw new RangeError(`Not a tax rate in basis points: ${bps}`);
      ctx.taxRateBps = bps;
    },
    get taxRateBps() {
      return ctx.taxRateBps;
    },
    /**
     * Makes this session report `amountTotal` as its amount_total when it completes, whatever the
     * true sum: how a test shows the store flags a charge that differs from its own total.
     */
    misreportAmountTotal: (id: string, amountTotal: number) => {
      const stored = store.sessions.get(id);
      if (!stored) throw new Error(`No such session: ${id}`);
      stored.misreportedAmountTotal = amountTotal;
    },
    settleAsyncPayment: (id: string, succeeded: boolean) => settleAsyncPayment(ctx, id, succeeded),
    /** Every refund made, oldest first. */
    refunds: () => [...store.refunds.values()],
    getRefund: (id: string) => store.refunds.get(id) ?? null,
    paymentIntents: () => [...store.paymentIntents.values()],
    charges: () => [...store.charges.values()],
    /** The status new refunds start in: pending ones wait for settleRefund, as a bank refund would. */
    setNewRefundStatus: (status: "succeeded" | "pending") => void (ctx.newRefundStatus = status),
    /** A pending refund succeeding, failing or being canceled, with the events Stripe sends. */
    settleRefund: (id: string, status: Exclude<RefundStatus, "pending">) => settleRefund(ctx, id, status),
    expireSession: (id: string) => expireSession(ctx, id),
    expireDueSessions: () => expireDueSessions(ctx),
    /** Resolves once no webhook POST is in flight. */
    webhooksIdle: () => sender.idle(),
    get pendingWebhookRetries() {
      return sender.pendingRetries;
    },
    close,
  };
}
