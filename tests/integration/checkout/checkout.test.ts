/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { expectWarning } from "../../support/expect-warning";
import { waitFor } from "../../support/wait-for";
import { useStripeHarness } from "../stripe/harness";
import { addItem, cartWith, checkout, patchItem, pickVariants, setStock, stockOf } from "../stripe/shop";

// A short client timeout (ms) so the timeout cases run quickly, with room for a loaded machine.
const harness = useStripeHarness({ timeoutMs: 1_500, maxNetworkRetries: 2 });

const sessionCreates = () =>
  harness.standIn.requests.filter((request) => request.path === "/v1/checkout/sessions" && request.method === "POST");

describe("checkout", () => {
  it("holds stock in a PENDING order and opens a session priced from the database", async () => {
    const [a, b] = await pickVariants(2, 3);
    const cookie = await cartWith([
      { sku: a!.sku, quantity: 2 },
      { sku: b!.sku, quantity: 1 },
    ]);
    const response = await checkout(cookie);
    expect(response.status).toBe(201);
    const order = await getDb().order.findUniqueOrThrow({
      where: { id: response.body.orderId as string },
      include: { lines: true },
    });
    expect(order.status).toBe("PENDING");
    expect(order.stripeSessionId).toBe(response.body.sessionId);
    expect(order.totalCents).toBe(a!.priceCents * 2 + b!.priceCents);
    expect(await stockOf(a!.sku)).toBe(a!.stock - 2);
    expect(await stockOf(b!.sku)).toBe(b!.stock - 1);
    const session = harness.standIn.getSession(order.stripeSessionId as string)!;
    expect(session.session.amount_total).toBe(order.totalCents);
    expect(session.session.metadata.orderId).toBe(order.id);
    expect(session.session.client_reference_id).toBe(order.id);
    expect(session.session.success_url).toBe("http://localhost:3000/checkout/success?session_id={CHECKOUT_SESSION_ID}");
    expect(session.session.cancel_url).toBe("http://localhost:3000/checkout/cancel");
    // Stripe's minimum lifetime is 30 minutes; we ask for 31 from the order's creation.
    expect(session.session.expires_at - Math.floor(order.createdAt.getTime() / 1000)).toBe(31 * 60);
    expect(response.body.url).toBe(session.session.url);
  });

  it("case 10: a price, amount or currency sent by the client is ignored: Stripe receives database prices", async () => {
    const [variant] = await pickVariants(1, 3);
    const first = await addItem(null, {
      sku: variant!.sku,
      quantity: 2,
      price: 1,
      unitPriceCents: 1,
      amount: 1,
      currency: "jpy",
    });
    expect(first.status).toBe(201);
    const response = await checkout(first.cookie, {
      price: 1,
      amount: 1,
      amount_total: 1,
      currency: "jpy",
      unit_amount: 1,
      lines: [{ sku: variant!.sku, price: 1 }],
    });
    expect(response.status).toBe(201);
    const create = sessionCreates().at(-1)!;
    expect(create.idempotencyKey).toBe(`checkout:${response.body.orderId as string}`);
    const lineItems = create.params.line_items as {
      price_data: { unit_amount: string; currency: string };
      quantity: string;
    }[];
    expect(lineItems).toHaveLength(1);
    expect(lineItems[0]!.price_data.unit_amount).toBe(String(variant!.priceCents));
    expect(lineItems[0]!.price_data.currency).toBe(variant!.product.currency);
    expect(lineItems[0]!.quantity).toBe("2");
    const order = await getDb().order.findUniqueOrThrow({ where: { id: response.body.orderId as string } });
    expect(order.totalCents).toBe(variant!.priceCents * 2);
    expect(order.currency).toBe("usd");
  });

  it("case 12: a double-clicked checkout creates one order and one Checkout Session (idempotency key checkout:<orderId>)", async () => {
    const [variant] = await pickVariants(1, 2);
    const cookie = await cartWith([{ sku: variant!.sku, quantity: 1 }]);
    const before = sessionCreates().length;
    const [first, second] = await Promise.all([checkout(cookie), checkout(cookie)]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.orderId).toBe(first.body.orderId);
    expect(second.body.sessionId).toBe(first.body.sessionId);
    expect(
      await getDb().order.count({ where: { cartId: { not: null }, lines: { some: { sku: variant!.sku } } } }),
    ).toBe(1);
    const creates = sessionCreates().slice(before);
    expect(new Set(creates.map((request) => request.idempotencyKey))).toEqual(
      new Set([`checkout:${first.body.orderId as string}`]),
    );
    const sessionsForOrder = harness.standIn
      .sessions()
      .filter((stored) => stored.session.metadata.orderId === first.body.orderId);
    expect(sessionsForOrder).toHaveLength(1);
    expect(await stockOf(variant!.sku)).toBe(variant!.stock - 1);
    // A third click later still lands on the same session.
    const third = await checkout(cookie);
    expect(third.body.sessionId).toBe(first.body.sessionId);
  });

  it("case 14: Stripe answering 500 releases the held stock, leaves no payable order, and every retry reused the idempotency key", async () => {
    const [variant] = await pickVariants(1, 2);
    const cookie = await cartWith([{ sku: variant!.sku, quantity: 2 }]);
    expectWarning(/^Stripe unavailable while opening checkout for order /);
    harness.standIn.injectFaults(
      { kind: "error", status: 500 },
      { kind: "error", status: 500 },
      { kind: "error", status: 500 },
    );
    const before = sessionCreates().length;
    const failed = await checkout(cookie);
    expect(failed.status).toBe(503);
    expect(failed.body.error).toBe("payment_unavailable");
    expect(String((failed.body.fields as Record<string, string>)._)).toMatch(/nothing was charged/);
    const attempts = sessionCreates().slice(before);
    expect(attempts).toHaveLength(3); // the first try and stripe-node's 2 retries
    const order = await getDb().order.findFirstOrThrow({
      where: { lines: { some: { sku: variant!.sku } } },
      orderBy: { createdAt: "desc" },
    });
    expect(new Set(attempts.map((request) => request.idempotencyKey))).toEqual(new Set([`checkout:${order.id}`]));
    expect(order.status).toBe("FAILED");
    expect(order.stockReleasedAt).not.toBeNull();
    expect(order.stripeSessionId).toBeNull();
    expect(await stockOf(variant!.sku)).toBe(variant!.stock);

    // The shopper retries once Stripe is back: a new order (the failed one can never be paid).
    const retry = await checkout(cookie);
    expect(retry.status).toBe(201);
    expect(retry.body.orderId).not.toBe(order.id);
    expect(await stockOf(variant!.sku)).toBe(variant!.stock - 2);
  });

  it("case 14: a timeout whose reply was lost is retried with the same key and returns the session Stripe created", async () => {
    const [variant] = await pickVariants(1, 2);
    const cookie = await cartWith([{ sku: variant!.sku, quantity: 1 }]);
    harness.standIn.injectFaults({ kind: "delay", ms: 4_000, execute: true });
    const before = sessionCreates().length;
    const response = await checkout(cookie);
    expect(response.status).toBe(201);
    const attempts = sessionCreates().slice(before);
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(attempts.map((request) => request.idempotencyKey))).toEqual(
      new Set([`checkout:${response.body.orderId as string}`]),
    );
    expect(attempts.at(-1)!.replayed).toBe(true);
    expect(
      harness.standIn.sessions().filter((stored) => stored.session.metadata.orderId === response.body.orderId),
    ).toHaveLength(1);
  });

  it("case 14: Stripe timing out on every try releases the hold and marks the order FAILED", async () => {
    const [variant] = await pickVariants(1, 2);
    const cookie = await cartWith([{ sku: variant!.sku, quantity: 1 }]);
    expectWarning(/^Stripe unavailable while opening checkout for order /);
    harness.standIn.injectFaults(
      { kind: "delay", ms: 4_000, execute: false },
      { kind: "delay", ms: 4_000, execute: false },
      { kind: "delay", ms: 4_000, execute: false },
    );
    const response = await checkout(cookie);
    expect(response.status).toBe(503);
    const order = await getDb().order.findFirstOrThrow({
      where: { lines: { some: { sku: variant!.sku } } },
      orderBy: { createdAt: "desc" },
    });
    expect(order.status).toBe("FAILED");
    expect(order.stripeSessionId).toBeNull();
    expect(await stockOf(variant!.sku)).toBe(variant!.stock);
  });

  it("case 15: 50 concurrent checkouts for the last 3 pairs: exactly 3 succeed, 47 get 409 sold out, stock never below 0", async () => {
    const [variant] = await pickVariants(1, 3);
    await setStock(variant!.sku, 3);
    const cookies = await Promise.all(Array.from({ length: 50 }, () => cartWith([{ sku: variant!.sku, quantity: 1 }])));
    const responses = await Promise.all(cookies.map((cookie) => checkout(cookie)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(47);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(response.body.error).toBe("sold_out");
      expect(Object.keys(response.body.fields as object)).toEqual([`lines.${variant!.sku}`]);
      expect(response.body.lines).toEqual([expect.objectContaining({ sku: variant!.sku, requested: 1, available: 0 })]);
    }
    expect(await stockOf(variant!.sku)).toBe(0);
    expect(await getDb().order.count({ where: { status: "PENDING", lines: { some: { sku: variant!.sku } } } })).toBe(3);
    // Conservation: on the shelf + held in orders = what there was.
    const held = await getDb().orderLine.aggregate({
      where: { sku: variant!.sku, order: { status: "PENDING" } },
      _sum: { quantity: true },
    });
    expect((held._sum.quantity ?? 0) + (await stockOf(variant!.sku))).toBe(3);
  });

  it("case 16: a two-line cart with one line sold out holds nothing at all", async () => {
    const [a, b] = await pickVariants(2, 2);
    const cookie = await cartWith([
      { sku: a!.sku, quantity: 1 },
      { sku: b!.sku, quantity: 1 },
    ]);
    await setStock(b!.sku, 0);
    const ordersBefore = await getDb().order.count();
    const response = await checkout(cookie);
    expect(response.status).toBe(409);
    expect(response.body.error).toBe("sold_out");
    expect(response.body.fields).toEqual({ [`lines.${b!.sku}`]: expect.stringMatching(/sold out/) });
    expect(await stockOf(a!.sku)).toBe(a!.stock);
    expect(await stockOf(b!.sku)).toBe(0);
    expect(await getDb().order.count()).toBe(ordersBefore);
  });

  it("case 17: a direct attempt to make stock negative is rejected by a CHECK constraint", async () => {
    const [variant] = await pickVariants(1, 1);
    await expect(
      getDb().$executeRaw`UPDATE "Variant" SET "stock" = "stock" - 1000 WHERE "sku" = ${variant!.sku}`,
    ).rejects.toThrow(/check constraint|Variant_stock_non_negative/i);
    await expect(getDb().variant.update({ where: { sku: variant!.sku }, data: { stock: -1 } })).rejects.toThrow(
      /check constraint|Variant_stock_non_negative/i,
    );
    expect(await stockOf(variant!.sku)).toBe(variant!.stock);
  });

  it("answers an empty cart with 409 and a cross-site request with 403", async () => {
    const empty = await checkout(null);
    expect(empty.status).toBe(409);
    expect(empty.body.error).toBe("empty_cart");
    const { POST } = await import("@/app/api/checkout/route");
    const { NextRequest } = await import("next/server");
    expectWarning(/^Refused cross-site POST \/api\/checkout: origin: https:\/\/evil\.example$/);
    const crossSite = await POST(
      new NextRequest("http://localhost:3000/api/checkout", {
        method: "POST",
        headers: { origin: "https://evil.example" },
      }),
    );
    expect(crossSite.status).toBe(403);
  });
  it("paying an older session takes only the paid pairs out of the cart: pairs added afterwards stay", async () => {
    const [variant, other] = await pickVariants(2, 5);
    const cookie = await cartWith([
      { sku: variant!.sku, quantity: 1 },
      { sku: other!.sku, quantity: 2 },
    ]);
    const first = await checkout(cookie);
    expect(first.status).toBe(201);
    // After opening checkout the shopper raises one line to 3 pairs, then pays the first session.
    expect((await patchItem(cookie, variant!.sku, { quantity: 3 })).status).toBe(200);
    harness.standIn.completeSession(first.body.sessionId as string, { email: "walker@example.com" });
    await waitFor(
      "the first order to be paid",
      () => getDb().order.findUniqueOrThrow({ where: { id: first.body.orderId as string } }),
      (order) => order.status === "PAID",
    );
    const lines = await getDb().cartLine.findMany({
      where: { variant: { sku: { in: [variant!.sku, other!.sku] } } },
      select: { quantity: true, variant: { select: { sku: true } } },
    });
    expect(lines.map((line) => [line.variant.sku, line.quantity])).toEqual([[variant!.sku, 2]]);
  });
});
