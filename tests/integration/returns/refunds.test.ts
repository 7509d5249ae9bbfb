/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { cancelOrder } from "@/lib/admin/orders/cancel-order";
import { receiveReturn } from "@/lib/admin/returns/receive-return";
import { refundReturn } from "@/lib/admin/returns/refund-return";
import { sweepRefundsJob } from "@/lib/jobs/sweep-refunds-job";
import { requestReturn } from "@/lib/returns/request-return";
import { POST as webhook } from "@/app/api/stripe/webhook/route";
import { waitFor } from "../../support/wait-for";
import { signedWebhookRequest, useStripeHarness } from "../stripe/harness";
import { returnValues, staffActor, stockOfVariant } from "./fixtures";
import { paidOrder } from "./paid-order";

// No SDK retries, and a short timeout: a lost answer is the store's to retry, with the same key.
const harness = useStripeHarness({ timeoutMs: 800, maxNetworkRetries: 0 });

const refundCalls = () =>
  harness.standIn.requests.filter((request) => request.method === "POST" && request.path === "/v1/refunds");

/** A return of `quantity` pairs, requested by the shopper and received by staff (nothing resellable). */
async function receivedReturn(order: { id: string; accessToken: string }, lineId: string, quantity = 1) {
  const actor = await staffActor();
  const created = await requestReturn(order.id, order.accessToken, returnValues(lineId, { quantity }));
  const returnLine = await getDb().returnLine.findFirstOrThrow({ where: { returnId: created.id } });
  await receiveReturn(actor, created.id, { lines: [{ returnLineId: returnLine.id, resellableQuantity: 0 }] });
  return { actor, returnId: created.id };
}

describe("refunds through Stripe", () => {
  it("refunds one pair of two, then the other, never more than was paid, with one key per refund", async () => {
    const actor = await staffActor();
    const { order, line } = await paidOrder(harness, actor, { quantity: 2 });
    const first = await receivedReturn(order, line.id, 1);
    const one = await refundReturn(first.actor, first.returnId);
    expect(one.outcome).toEqual({ result: "accepted", status: "succeeded" });
    const goods = order.totalCents - order.shippingCents;
    expect(one.amountCents).toBe(Math.floor(goods / 2));
    const refund = await getDb().refund.findUniqueOrThrow({ where: { id: one.refundId } });
    expect(refund).toMatchObject({ status: "succeeded", amountCents: one.amountCents, kind: "return" });
    expect(refund.stripeRefundId).toMatch(/^re_/);
    expect(refundCalls().at(-1)).toMatchObject({ idempotencyKey: `refund:${refund.id}` });
    expect((await getDb().returnRequest.findUniqueOrThrow({ where: { id: first.returnId } })).status).toBe("REFUNDED");
    // Staff asked for it, and Stripe's acceptance moved the return: both audited.
    const audit = await getDb().auditLog.findMany({
      where: { entityId: first.returnId },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.actorId === null])).toEqual([
      ["return.receive", false],
      ["return.refund", false],
      ["return.refund_status", true],
    ]);
    // A second click finds the refund: nothing new at Stripe.
    const calls = refundCalls().length;
    await expect(refundReturn(first.actor, first.returnId)).resolves.toMatchObject({ refundId: refund.id });
    expect(refundCalls()).toHaveLength(calls);

    const second = await receivedReturn(order, line.id, 1);
    const two = await refundReturn(second.actor, second.returnId);
    // The last pair takes what rounding left; shipping stays (the default policy).
    expect(one.amountCents + two.amountCents).toBe(goods);
    // charge.refunded tells the order what Stripe has refunded in all.
    await waitFor(
      "charge.refunded to reach the order",
      () => getDb().order.findUniqueOrThrow({ where: { id: order.id }, select: { stripeRefundedCents: true } }),
      (row) => row.stripeRefundedCents === goods,
    );
    const emails = await getDb().outboxEmail.findMany({
      where: { orderId: order.id, kind: { startsWith: "refund_sent:" } },
    });
    expect(emails).toHaveLength(2);
    expect(emails.map((email) => email.text).join("\n")).not.toMatch(/pain|health|treat/i);
  });

  it("refunds the shipping with the last pairs when the store's policy says so", async () => {
    await getDb().storeSettings.update({ where: { id: 1 }, data: { refundShippingOnReturn: true } });
    try {
      const actor = await staffActor();
      const { order, line } = await paidOrder(harness, actor, { quantity: 1 });
      const { returnId } = await receivedReturn(order, line.id, 1);
      const refund = await refundReturn(actor, returnId);
      expect(refund.amountCents).toBe(order.totalCents);
    } finally {
      await getDb().storeSettings.update({ where: { id: 1 }, data: { refundShippingOnReturn: false } });
    }
  });

  it("a refund whose answer timed out is retried with the same key and made once", async () => {
    const actor = await staffActor();
    const { order, line } = await paidOrder(harness, actor, { quantity: 1 });
    const { returnId } = await receivedReturn(order, line.id, 1);
    // Stripe makes the refund, but its answer comes after the store stopped waiting (and its
    // webhooks are slow too, so only the retry can tell the store).
    const releaseWebhooks = harness.holdWebhooks();
    harness.standIn.injectFaults({ kind: "delay", ms: 2_000, execute: true, endpoint: "refunds" });
    const first = await refundReturn(actor, returnId);
    expect(first.outcome.result).toBe("retry_later");
    const pending = await getDb().refund.findUniqueOrThrow({ where: { id: first.refundId } });
    expect(pending).toMatchObject({ status: "pending", stripeRefundId: null, attempts: 1 });
    // The sweep asks again once the row has waited a minute.
    const swept = await sweepRefundsJob(new Date(Date.now() + 2 * 60_000));
    expect(swept).toMatchObject({ due: 1, accepted: 1 });
    const made = harness.standIn.refunds().filter((refund) => refund.metadata?.refund_id === first.refundId);
    expect(made).toHaveLength(1);
    const done = await getDb().refund.findUniqueOrThrow({ where: { id: first.refundId } });
    expect(done).toMatchObject({ status: "succeeded", stripeRefundId: made[0]!.id, attempts: 2 });
    const keys = refundCalls().filter((call) => call.idempotencyKey === `refund:${first.refundId}`);
    expect(keys).toHaveLength(2);
    expect(keys[1]?.replayed).toBe(true);
    releaseWebhooks();
    await harness.standIn.webhooksIdle();
    expect((await getDb().refund.findUniqueOrThrow({ where: { id: first.refundId } })).status).toBe("succeeded");
  });

  it("a refund Stripe answered with a server error is retried by the sweep", async () => {
    const actor = await staffActor();
    const { order, line } = await paidOrder(harness, actor, { quantity: 1 });
    const { returnId } = await receivedReturn(order, line.id, 1);
    harness.standIn.injectFaults({ kind: "error", status: 500, endpoint: "refunds" });
    const first = await refundReturn(actor, returnId);
    expect(first.outcome.result).toBe("retry_later");
    expect((await getDb().returnRequest.findUniqueOrThrow({ where: { id: returnId } })).status).toBe("RECEIVED");
    await sweepRefundsJob(new Date(Date.now() + 2 * 60_000));
    expect((await getDb().refund.findUniqueOrThrow({ where: { id: first.refundId } })).status).toBe("succeeded");
    expect((await getDb().returnRequest.findUniqueOrThrow({ where: { id: returnId } })).status).toBe("REFUNDED");
  });

  it("ten identical refund webhooks make one change and one email", async () => {
    harness.standIn.setNewRefundStatus("pending");
    try {
      const actor = await staffActor();
      const { order, line } = await paidOrder(harness, actor, { quantity: 1 });
      const { returnId } = await receivedReturn(order, line.id, 1);
      const stockBefore = await stockOfVariant(line.variantId!);
      const refund = await refundReturn(actor, returnId);
      expect(refund.outcome).toEqual({ result: "accepted", status: "pending" });
      const row = await getDb().refund.findUniqueOrThrow({ where: { id: refund.refundId } });
      // Stripe's later word: succeeded. Delivered ten times at once.
      const event = {
        id: `evt_refund_dup_${row.id}`,
        object: "event",
        type: "refund.updated",
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        data: {
          object: {
            id: row.stripeRefundId,
            object: "refund",
            amount: row.amountCents,
            status: "succeeded",
            payment_intent: order.stripePaymentIntentId,
            metadata: { refund_id: row.id },
          },
        },
      };
      const payload = JSON.stringify(event);
      const responses = await Promise.all(Array.from({ length: 10 }, () => webhook(signedWebhookRequest(payload))));
      expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
      expect(await getDb().stripeEvent.count({ where: { id: event.id } })).toBe(1);
      expect(await getDb().refund.count({ where: { returnId } })).toBe(1);
      expect((await getDb().refund.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("succeeded");
      expect(await getDb().outboxEmail.count({ where: { orderId: order.id, kind: `refund_sent:${row.id}` } })).toBe(1);
      expect(await stockOfVariant(line.variantId!)).toBe(stockBefore);
      // A late "pending" (events arrive out of order) never undoes "succeeded".
      const late = { ...event, id: `${event.id}_late`, data: { object: { ...event.data.object, status: "pending" } } };
      expect((await webhook(signedWebhookRequest(JSON.stringify(late)))).status).toBe(200);
      expect((await getDb().refund.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("succeeded");
    } finally {
      harness.standIn.setNewRefundStatus("succeeded");
    }
  });

  it("a refund that fails at the bank puts the return back for staff", async () => {
    harness.standIn.setNewRefundStatus("pending");
    try {
      const actor = await staffActor();
      const { order, line } = await paidOrder(harness, actor, { quantity: 1 });
      const { returnId } = await receivedReturn(order, line.id, 1);
      const refund = await refundReturn(actor, returnId);
      const row = await getDb().refund.findUniqueOrThrow({ where: { id: refund.refundId } });
      harness.standIn.settleRefund(row.stripeRefundId!, "failed");
      await waitFor(
        "refund.updated (failed) to reach the store",
        () => getDb().refund.findUniqueOrThrow({ where: { id: row.id } }),
        (current) => current.status === "failed",
      );
      expect((await getDb().returnRequest.findUniqueOrThrow({ where: { id: returnId } })).status).toBe("RECEIVED");
      // Staff try again: a new refund row, with its own key.
      const again = await refundReturn(actor, returnId);
      expect(again.refundId).not.toBe(row.id);
    } finally {
      harness.standIn.setNewRefundStatus("succeeded");
    }
  });
});

describe("cancelling a paid order that hasn't shipped", () => {
  it("refunds it in full and puts its pairs back, exactly once under five clicks", async () => {
    const actor = await staffActor();
    const { order, variantId } = await paidOrder(harness, actor, { quantity: 2, ship: false });
    const stockBefore = await stockOfVariant(variantId);
    const clicks = await Promise.allSettled(Array.from({ length: 5 }, () => cancelOrder(actor, order.id)));
    expect(clicks.filter((click) => click.status === "fulfilled")).toHaveLength(1);
    expect(await stockOfVariant(variantId)).toBe(stockBefore + 2);
    const refunds = await getDb().refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toEqual([
      expect.objectContaining({ kind: "cancellation", amountCents: order.totalCents, status: "succeeded" }),
    ]);
    expect(harness.standIn.refunds().filter((refund) => refund.metadata?.order_id === order.id)).toHaveLength(1);
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
  });

  it("refuses a shipped order: that is a return", async () => {
    const actor = await staffActor();
    const { order } = await paidOrder(harness, actor, { quantity: 1 });
    await expect(cancelOrder(actor, order.id)).rejects.toMatchObject({ status: 409 });
    expect(await getDb().refund.count({ where: { orderId: order.id } })).toBe(0);
  });
});
