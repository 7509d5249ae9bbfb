/** @jest-environment-options {"template":"seeded"} */
import { mockRequest } from "../../support/next-request-mocks";
import { getDb } from "@/lib/db";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { waitFor } from "../../support/wait-for";
import { useStripeHarness } from "../stripe/harness";
import { cartWith, checkout, pickVariants, stockOf } from "../stripe/shop";
import { createOrder } from "./fixtures";
import { createStaff, signInCookie } from "./support";

import { cancelOrderAction, shipOrderAction } from "@/lib/admin/orders/order-actions";
import { listOrders } from "@/lib/admin/orders/list-orders";
import { parseOrderFilters } from "@/lib/admin/orders/order-filters";

// Cancelling talks to Stripe (the stand-in): an unpaid order's open Checkout Session is expired first.
const harness = useStripeHarness();

const stockOfVariant = async (variantId: string) =>
  (await getDb().variant.findUniqueOrThrow({ where: { id: variantId } })).stock;

/** An unpaid order with its pairs held and an open Checkout Session, as a shopper's checkout leaves it. */
async function checkedOutOrder(quantity = 1) {
  const [variant] = await pickVariants(1, quantity + 1);
  const started = await checkout(await cartWith([{ sku: variant!.sku, quantity }]));
  expect(started.status).toBe(201);
  return {
    orderId: started.body.orderId as string,
    sessionId: started.body.sessionId as string,
    sku: variant!.sku,
    stockAfterHold: variant!.stock - quantity,
  };
}

const orderStatus = async (orderId: string) =>
  (await getDb().order.findUniqueOrThrow({ where: { id: orderId } })).status;

describe("orders: list, ship with tracking, cancel unpaid", () => {
  beforeAll(async () => {
    await createStaff("clerk@example.com");
    mockRequest({
      cookie: await signInCookie("clerk@example.com"),
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
  });

  it("marks a paid order shipped with its tracking number and queues exactly one order_shipped email, even on a double click", async () => {
    const { order } = await createOrder("PAID", { email: "walker@example.com" });
    const [first, second] = await Promise.all([
      shipOrderAction(order.id, { trackingNumber: "1Z 999 AA1" }),
      shipOrderAction(order.id, { trackingNumber: "1Z 999 AA1" }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([first, second].find((result) => !result.ok)?.message).toMatch(/already marked as shipped/);
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, include: { emails: true } });
    expect(stored).toMatchObject({ status: "SHIPPED", trackingNumber: "1Z 999 AA1", shippedAt: expect.any(Date) });
    expect(stored.emails).toHaveLength(1);
    expect(stored.emails[0]).toMatchObject({ kind: "order_shipped", to: "walker@example.com", status: "PENDING" });
    expect(stored.emails[0]?.text).toContain("1Z 999 AA1");
    expect(await getDb().auditLog.count({ where: { action: "order.ship", entityId: order.id } })).toBe(1);
  });

  it("won't ship an unpaid order and rejects a bad tracking number with a field error", async () => {
    const { order } = await createOrder("PENDING");
    expect(await shipOrderAction(order.id, { trackingNumber: "1Z999AA1" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Only paid orders/),
    });
    const { order: paid } = await createOrder("PAID");
    expect(await shipOrderAction(paid.id, { trackingNumber: "<b>" })).toMatchObject({
      ok: false,
      fields: { trackingNumber: expect.any(String) },
    });
    expect(await getDb().outboxEmail.count({ where: { orderId: { in: [order.id, paid.id] } } })).toBe(0);
  });

  it("cancels an unpaid order, expiring its Checkout Session first, and puts its stock back exactly once, however often it is clicked", async () => {
    const { orderId, sessionId, sku, stockAfterHold } = await checkedOutOrder(2);
    // The expiry webhook waits until the clicks are answered, so the cancel is what releases the stock.
    const releaseWebhooks = harness.holdWebhooks();
    const results = await Promise.all([
      cancelOrderAction(orderId),
      cancelOrderAction(orderId),
      cancelOrderAction(orderId),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(harness.standIn.getSession(sessionId)?.session.status).toBe("expired");
    expect(await stockOf(sku)).toBe(stockAfterHold + 2);
    expect(await getDb().order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      status: "CANCELLED",
      stockReleasedAt: expect.any(Date),
    });
    expect(await cancelOrderAction(orderId)).toMatchObject({ ok: false });

    // Stripe's checkout.session.expired, arriving afterwards, changes nothing.
    releaseWebhooks();
    await harness.standIn.webhooksIdle();
    const expired = harness.standIn.deliveries.filter(
      (delivery) => delivery.type === "checkout.session.expired" && delivery.status === 200,
    );
    expect(expired).toHaveLength(1);
    expect(await orderStatus(orderId)).toBe("CANCELLED");
    expect(await stockOf(sku)).toBe(stockAfterHold + 2);
  });

  it("leaves the order alone if the shopper has just paid (Stripe has the payment, the webhook is still on its way)", async () => {
    const { orderId, sessionId, sku, stockAfterHold } = await checkedOutOrder();
    const releaseWebhooks = harness.holdWebhooks();
    harness.standIn.completeSession(sessionId, { email: "walker@example.com" });
    expect(await cancelOrderAction(orderId)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/just paid/),
    });
    expect(harness.standIn.getSession(sessionId)?.session.status).toBe("complete");
    expect(await orderStatus(orderId)).toBe("PENDING");
    expect(await stockOf(sku)).toBe(stockAfterHold);

    // The payment wins: the webhook marks the order paid, and the pair stays sold.
    releaseWebhooks();
    await waitFor(
      "the order to be paid",
      () => orderStatus(orderId),
      (status) => status === "PAID",
    );
    expect(await stockOf(sku)).toBe(stockAfterHold);
  });

  // Paid orders that haven't shipped are cancelled and refunded: tests/integration/returns/refunds.test.ts.
  it("refuses to cancel shipped orders and orders with a bank payment in flight", async () => {
    for (const status of ["AWAITING_PAYMENT", "SHIPPED"] as const) {
      const { order, variantId, stockAfterHold } = await createOrder(status);
      expect(await cancelOrderAction(order.id)).toMatchObject({ ok: false });
      expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(status);
      expect(await stockOfVariant(variantId)).toBe(stockAfterHold);
    }
  });

  it("filters the list by status, email and day", async () => {
    const { order } = await createOrder("PAID", { email: "findme@example.com" });
    const actor = staffActorForTests({ userId: "x", email: "x", role: "staff", sessionId: "x", ip: "x" });
    const today = new Date().toISOString().slice(0, 10);
    const found = await listOrders(
      actor,
      parseOrderFilters({ status: "PAID", email: "FINDME", from: today, to: today }),
    );
    expect(found.orders.map((row) => row.id)).toEqual([order.id]);
    expect((await listOrders(actor, parseOrderFilters({ email: "findme", to: "2000-01-01" }))).total).toBe(0);
    expect(parseOrderFilters({ status: "DROP TABLE", from: "yesterday", page: "-4" })).toEqual({
      status: "",
      q: "",
      from: "",
      to: "",
      page: 1,
    });
  });
});
