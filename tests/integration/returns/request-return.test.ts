/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { StoreError } from "@/lib/errors/store-error";
import { approveReturn } from "@/lib/admin/returns/approve-return";
import { declineReturn } from "@/lib/admin/returns/decline-return";
import { receiveReturn } from "@/lib/admin/returns/receive-return";
import { cancelOrder } from "@/lib/admin/orders/cancel-order";
import { markOrderShipped } from "@/lib/admin/orders/mark-order-shipped";
import { requestReturn } from "@/lib/returns/request-return";
import { getReturnOptions } from "@/lib/returns/get-return-options";
import { returnValues, shippedOrder, siblingVariant, staffActor, stockOfVariant } from "./fixtures";

afterAll(async () => {
  await getDb().$disconnect();
});

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe("a shopper starts a return", () => {
  it("creates a numbered return with its lines and an email, and no health question anywhere", async () => {
    const { order, line } = await shippedOrder({ quantity: 2 });
    const created = await requestReturn(
      order.id,
      order.accessToken,
      returnValues(line.id, { quantity: 2, comment: "Toe box felt short" }),
    );
    expect(created.returnNumber).toBeGreaterThanOrEqual(1001);
    const saved = await getDb().returnRequest.findUniqueOrThrow({
      where: { id: created.id },
      include: { lines: true },
    });
    expect(saved).toMatchObject({ status: "REQUESTED", resolution: "refund", comment: "Toe box felt short" });
    expect(saved.lines).toEqual([expect.objectContaining({ orderLineId: line.id, quantity: 2, reason: "too_small" })]);
    const email = await getDb().outboxEmail.findFirstOrThrow({
      where: { orderId: order.id, kind: `return_requested:${created.id}` },
    });
    expect(email.subject).toContain(`R-${created.returnNumber}`);
    expect(email.text).toContain("Portland, OR 97201");
    expect(email.text).toMatch(/too small/);
    // The shopper's comment is for staff: never echoed back in an email.
    expect(email.text).not.toContain("Toe box felt short");
    expect(email.text).not.toMatch(/pain|health|back/i);
  });

  it("checks the token, the shipping state and the window on the server", async () => {
    const { order, line } = await shippedOrder({ daysAgo: 61 });
    expect((await refusal(requestReturn(order.id, "wrong-token", returnValues(line.id)))).status).toBe(404);
    expect((await refusal(requestReturn(order.id, null, returnValues(line.id)))).status).toBe(404);
    const late = await refusal(requestReturn(order.id, order.accessToken, returnValues(line.id)));
    expect(late).toMatchObject({ status: 409, code: "window_closed" });
    expect(await getDb().returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    // The window is a setting: widen it and the same order may return.
    await getDb().storeSettings.upsert({
      where: { id: 1 },
      create: { id: 1, returnWindowDays: 90 },
      update: { returnWindowDays: 90 },
    });
    await expect(requestReturn(order.id, order.accessToken, returnValues(line.id))).resolves.toMatchObject({
      id: expect.any(String),
    });
    await getDb().storeSettings.update({ where: { id: 1 }, data: { returnWindowDays: 60 } });

    const unshipped = await shippedOrder();
    await getDb().order.update({ where: { id: unshipped.order.id }, data: { status: "PAID", shippedAt: null } });
    expect(
      await refusal(requestReturn(unshipped.order.id, unshipped.order.accessToken, returnValues(unshipped.line.id))),
    ).toMatchObject({
      status: 409,
      code: "not_shipped",
    });
  });

  it("never returns more pairs than were bought, even from two submissions at once", async () => {
    const { order, line } = await shippedOrder({ quantity: 2 });
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        requestReturn(order.id, order.accessToken, returnValues(line.id, { quantity: 2 })),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts)
      if (attempt.status === "rejected")
        expect(attempt.reason).toMatchObject({ status: 409, code: "already_returned" });
    const options = await getReturnOptions(order.id, order.accessToken);
    expect(options?.lines[0]?.returnable).toBe(0);
    expect(options?.closedBecause).toMatch(/already on a return/);
    expect(
      await refusal(requestReturn(order.id, order.accessToken, returnValues("not-a-line-of-this-order"))),
    ).toMatchObject({ status: 400 });
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const { order, line } = await shippedOrder();
    await expect(requestReturn(order.id, order.accessToken, { resolution: "refund", lines: [] })).rejects.toThrow();
    await expect(requestReturn(order.id, order.accessToken, returnValues(line.id, { reason: "" }))).rejects.toThrow(
      /reason/i,
    );
    await expect(
      requestReturn(order.id, order.accessToken, returnValues(line.id, { resolution: "exchange" })),
    ).rejects.toThrow();
    expect(await getDb().returnRequest.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("an exchange for another size", () => {
  it("holds the new pair at once, and a decline puts it back exactly once", async () => {
    const { order, line, variantId } = await shippedOrder({ quantity: 1 });
    const sibling = await siblingVariant(variantId, 3);
    const created = await requestReturn(
      order.id,
      order.accessToken,
      returnValues(line.id, { resolution: "exchange", exchangeVariantId: sibling.id }),
    );
    expect(await stockOfVariant(sibling.id)).toBe(2);
    const actor = await staffActor();
    const results = await Promise.allSettled([
      declineReturn(actor, created.id, { reason: "These were worn outdoors." }),
      declineReturn(actor, created.id, { reason: "These were worn outdoors." }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await stockOfVariant(sibling.id)).toBe(3);
    const declined = await getDb().returnRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(declined).toMatchObject({ status: "DECLINED", declineReason: "These were worn outdoors." });
    expect(declined.exchangeReleasedAt).not.toBeNull();
    // A declined return gives its pairs back to the shopper: they may start another.
    expect((await getReturnOptions(order.id, order.accessToken))?.lines[0]?.returnable).toBe(1);
    const audit = await getDb().auditLog.findMany({ where: { entityType: "ReturnRequest", entityId: created.id } });
    expect(audit.map((entry) => entry.action)).toEqual(["return.decline"]);
  });

  it("tells the shopper a sold-out size is gone and offers the sizes in stock", async () => {
    const { order, line, variantId } = await shippedOrder({ quantity: 1 });
    const sibling = await siblingVariant(variantId, 0);
    const error = await refusal(
      requestReturn(
        order.id,
        order.accessToken,
        returnValues(line.id, { resolution: "exchange", exchangeVariantId: sibling.id }),
      ),
    );
    expect(error.status).toBe(409);
    expect(error.fields?.["lines.0.exchangeVariantId"]).toMatch(
      /just sold out.*In stock now: .+Choose one of those, or a refund/,
    );
    expect(await getDb().returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    expect(await stockOfVariant(sibling.id)).toBe(0);
  });

  it("refuses a size of another shoe", async () => {
    const { order, line, variantId } = await shippedOrder({ quantity: 1 });
    const bought = await getDb().variant.findUniqueOrThrow({ where: { id: variantId } });
    const other = await getDb().variant.findFirstOrThrow({
      where: { productId: { not: bought.productId }, stock: { gt: 0 } },
    });
    const error = await refusal(
      requestReturn(
        order.id,
        order.accessToken,
        returnValues(line.id, { resolution: "exchange", exchangeVariantId: other.id }),
      ),
    );
    expect(error).toMatchObject({ status: 400, code: "exchange_other_shoe" });
  });

  it("20 shoppers asking for the last pair of a size at once: one holds it, the rest are told", async () => {
    const first = await shippedOrder({ quantity: 1 });
    await getDb().variant.update({ where: { id: first.variantId }, data: { stock: 100 } });
    const orders = [first];
    while (orders.length < 20) orders.push(await shippedOrder({ quantity: 1 }));
    // Every order bought the same variant; its sibling size has one pair left.
    expect(new Set(orders.map((order) => order.variantId)).size).toBe(1);
    const sibling = await siblingVariant(first.variantId, 1);
    const attempts = await Promise.allSettled(
      orders.map(({ order, line }) =>
        requestReturn(
          order.id,
          order.accessToken,
          returnValues(line.id, { resolution: "exchange", exchangeVariantId: sibling.id }),
        ),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts)
      if (attempt.status === "rejected")
        expect(attempt.reason).toMatchObject({ status: 409, code: "exchange_sold_out" });
    expect(await stockOfVariant(sibling.id)).toBe(0);
    expect(await getDb().returnRequest.count({ where: { orderId: { in: orders.map(({ order }) => order.id) } } })).toBe(
      1,
    );
  });

  it("received: resellable pairs go back in stock once, damaged ones don't, and the exchange ships as a linked order", async () => {
    const { order, line, variantId } = await shippedOrder({ quantity: 2 });
    const sibling = await siblingVariant(variantId, 5);
    const created = await requestReturn(
      order.id,
      order.accessToken,
      returnValues(line.id, {
        quantity: 2,
        resolution: "exchange",
        exchangeVariantId: sibling.id,
        reason: "too_narrow",
      }),
    );
    const actor = await staffActor();
    await approveReturn(actor, created.id);
    const returnLine = await getDb().returnLine.findFirstOrThrow({ where: { returnId: created.id } });
    const boughtStock = await stockOfVariant(variantId);
    const receipts = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        receiveReturn(actor, created.id, { lines: [{ returnLineId: returnLine.id, resellableQuantity: 1 }] }),
      ),
    );
    expect(receipts.filter((receipt) => receipt.status === "fulfilled")).toHaveLength(1);
    expect(await stockOfVariant(variantId)).toBe(boughtStock + 1);
    // The new pairs were held at the request, and the exchange order owns that hold: no second decrement.
    expect(await stockOfVariant(sibling.id)).toBe(3);
    const received = await getDb().returnRequest.findUniqueOrThrow({
      where: { id: created.id },
      include: { exchangeOrder: { include: { lines: true } } },
    });
    expect(received.status).toBe("RECEIVED");
    expect(received.exchangeOrder).toMatchObject({ status: "PAID", totalCents: 0, email: "walker@example.com" });
    expect(received.exchangeOrder?.lines).toEqual([
      expect.objectContaining({ variantId: sibling.id, quantity: 2, unitPriceCents: 0 }),
    ]);
    // Cancelling the exchange's order would leave the return waiting for pairs that never ship.
    await expect(cancelOrder(actor, received.exchangeOrderId!)).rejects.toMatchObject({ status: 409 });
    // The exchange goes through the normal shipping flow, which finishes the return.
    await markOrderShipped(actor, received.exchangeOrderId!, { carrier: "ups", trackingNumber: "1Z999AA10123456784" });
    expect((await getDb().returnRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe(
      "EXCHANGE_SHIPPED",
    );
    const actions = (
      await getDb().auditLog.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } })
    ).map((entry) => entry.action);
    expect(actions).toEqual(["return.approve", "return.receive"]);
  });
});
