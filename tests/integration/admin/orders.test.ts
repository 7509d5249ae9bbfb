/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { createOrder } from "./fixtures";
import { mockRequest } from "./mock-request";
import { createStaff, signInCookie } from "./support";

jest.mock("next/headers", () => jest.requireActual("./mock-request").nextHeadersMock);
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

// Stripe's answer to "expire this Checkout Session", set per test.
const stripeSessions = { status: "expired" as "expired" | "complete", expireCalls: [] as string[] };
jest.mock("@/lib/stripe/client", () => ({
  getStripe: () => ({
    checkout: {
      sessions: {
        expire: async (id: string) => {
          stripeSessions.expireCalls.push(id);
          return { id, status: stripeSessions.status };
        },
        retrieve: async (id: string) => ({ id, status: stripeSessions.status }),
      },
    },
  }),
}));

import { cancelOrderAction, shipOrderAction } from "@/app/admin/(console)/orders/actions";
import { listOrders } from "@/lib/admin/orders/list-orders";
import { parseOrderFilters } from "@/lib/admin/orders/order-filters";

const stockOf = async (variantId: string) =>
  (await getDb().variant.findUniqueOrThrow({ where: { id: variantId } })).stock;

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

  it("cancels an unpaid order and puts its stock back exactly once, however often it is clicked", async () => {
    const { order, variantId, stockAfterHold } = await createOrder("PENDING", { quantity: 2 });
    const results = await Promise.all([
      cancelOrderAction(order.id),
      cancelOrderAction(order.id),
      cancelOrderAction(order.id),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await stockOf(variantId)).toBe(stockAfterHold + 2);
    expect(await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "CANCELLED",
      stockReleasedAt: expect.any(Date),
    });
    expect(await cancelOrderAction(order.id)).toMatchObject({ ok: false });
    expect(await stockOf(variantId)).toBe(stockAfterHold + 2);
  });

  it("expires the open Checkout Session at Stripe first, and leaves the order alone if the shopper has just paid", async () => {
    const { order, variantId, stockAfterHold } = await createOrder("PENDING", { stripeSessionId: "cs_test_open_1" });
    stripeSessions.status = "expired";
    expect(await cancelOrderAction(order.id)).toMatchObject({ ok: true });
    expect(stripeSessions.expireCalls).toContain("cs_test_open_1");
    expect(await stockOf(variantId)).toBe(stockAfterHold + 1);

    const {
      order: paying,
      variantId: payingVariant,
      stockAfterHold: payingStock,
    } = await createOrder("PENDING", { stripeSessionId: "cs_test_paid_1" });
    stripeSessions.status = "complete";
    expect(await cancelOrderAction(paying.id)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/just paid/),
    });
    expect((await getDb().order.findUniqueOrThrow({ where: { id: paying.id } })).status).toBe("PENDING");
    expect(await stockOf(payingVariant)).toBe(payingStock);
  });

  it("refuses to cancel paid orders and orders with a bank payment in flight", async () => {
    for (const status of ["PAID", "AWAITING_PAYMENT", "SHIPPED"] as const) {
      const { order, variantId, stockAfterHold } = await createOrder(status);
      expect(await cancelOrderAction(order.id)).toMatchObject({ ok: false });
      expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(status);
      expect(await stockOf(variantId)).toBe(stockAfterHold);
    }
  });

  it("filters the list by status, email and day", async () => {
    const { order } = await createOrder("PAID", { email: "findme@example.com" });
    const actor = { userId: "x", email: "x", role: "staff" as const, sessionId: "x", ip: "x" };
    const today = new Date().toISOString().slice(0, 10);
    const found = await listOrders(
      actor,
      parseOrderFilters({ status: "PAID", email: "FINDME", from: today, to: today }),
    );
    expect(found.orders.map((row) => row.id)).toEqual([order.id]);
    expect((await listOrders(actor, parseOrderFilters({ email: "findme", to: "2000-01-01" }))).total).toBe(0);
    expect(parseOrderFilters({ status: "DROP TABLE", from: "yesterday", page: "-4" })).toEqual({
      status: "",
      email: "",
      from: "",
      to: "",
      page: 1,
    });
  });
});
