/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { placeHold } from "@/lib/checkout/place-hold";
import { releaseHold } from "@/lib/checkout/release-hold";
import { releaseHoldsJob } from "@/lib/jobs/release-holds-job";
import { runTransaction } from "@/lib/run-transaction";
import { expectWarning } from "../../support/expect-warning";
import { waitFor } from "../../support/wait-for";
import { useStripeHarness } from "../stripe/harness";
import { cartAt, cartIdOf, checkoutFrom, createCode, withCode } from "./support";

// Decision 0020: checkout reserves the cart's code in the stock-hold transaction and sends Stripe
// an amount-off coupon for it; the paid order records Stripe's discount and the code counts a use;
// a checkout that ends unpaid gives the use back, once; the usage limit holds under 20 concurrent
// checkouts; once-per-email is checked against the email Stripe collected.

const harness = useStripeHarness();

const redemptionOf = (orderId: string) => getDb().discountRedemption.findUnique({ where: { orderId } });
const countsOf = (id: string) =>
  getDb().discountCode.findUniqueOrThrow({ where: { id }, select: { usedCount: true, reservedCount: true } });
const paidOrder = (id: string) =>
  waitFor(
    "the order to be paid",
    () => getDb().order.findUniqueOrThrow({ where: { id } }),
    (order) => order.status === "PAID",
  );

beforeAll(async () => {
  await getDb().shippingRate.deleteMany();
  await getDb().shippingRate.create({
    data: { name: "Standard", priceCents: 695, countries: ["US"], minBusinessDays: 3, maxBusinessDays: 5 },
  });
});

describe("checkout with a discount code", () => {
  it("sends Stripe a coupon for the reserved amount, and the paid order records the discount", async () => {
    const { cookie } = await cartAt(8_000, 2);
    const code = await createCode({ percentBps: 1_500 });
    await withCode(cookie, code.code.toLowerCase());
    const started = await checkoutFrom(cookie);
    expect(started.status).toBe(201);
    const orderId = started.body.orderId as string;
    expect(await redemptionOf(orderId)).toMatchObject({ state: "reserved", discountCents: 2_400 });
    expect(await countsOf(code.id)).toEqual({ usedCount: 0, reservedCount: 1 });

    const couponCall = harness.standIn.requests.find((request) => request.path === "/v1/coupons");
    expect(couponCall).toMatchObject({
      idempotencyKey: `coupon:${orderId}`,
      params: { amount_off: "2400", currency: "usd", duration: "once", max_redemptions: "1", name: code.code },
    });
    const stored = harness.standIn.getSession(started.body.sessionId as string)!;
    expect(stored.session.discounts).toEqual([{ coupon: expect.any(String), promotion_code: null }]);
    expect(stored.session.total_details.amount_discount).toBe(2_400);
    expect(stored.session.amount_total).toBe(16_000 - 2_400 + 695);

    harness.standIn.completeSession(started.body.sessionId as string, { email: "walker@example.com" });
    const paid = await paidOrder(orderId);
    expect(paid).toMatchObject({ discountCents: 2_400, shippingCents: 695, totalCents: 16_000 - 2_400 + 695 });
    expect(await redemptionOf(orderId)).toMatchObject({ state: "redeemed", onceEmail: null });
    expect(await countsOf(code.id)).toEqual({ usedCount: 1, reservedCount: 0 });
    // Spent: the code leaves the cart with the paid pairs.
    expect((await getDb().cart.findUniqueOrThrow({ where: { id: cartIdOf(cookie) } })).discountCodeId).toBeNull();
  });

  it("20 concurrent checkouts with a single-use code: exactly one order gets it, the others are told it has been used", async () => {
    const code = await createCode({
      code: `ONCE${Date.now()}`,
      usageLimit: 1,
      percentBps: null,
      amountOffCents: 1_000,
    });
    const carts: string[] = [];
    for (let index = 0; index < 20; index++) {
      const { cookie } = await cartAt(6_000);
      await withCode(cookie, code.code);
      carts.push(cookie);
    }
    const results = await Promise.all(carts.map((cookie) => checkoutFrom(cookie)));
    const winners = results.filter((result) => result.status === 201);
    const losers = results.filter((result) => result.status !== 201);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.status).toBe(409);
      expect(loser.body.error).toBe("discount_used_up");
      expect((loser.body.fields as Record<string, string>).code).toMatch(/has been used up/);
    }
    // The losers hold nothing: no order, no stock, no reservation.
    expect(await getDb().discountRedemption.count({ where: { codeId: code.id } })).toBe(1);
    expect(await countsOf(code.id)).toEqual({ usedCount: 0, reservedCount: 1 });
    const winner = winners[0]!;
    harness.standIn.completeSession(winner.body.sessionId as string);
    expect((await paidOrder(winner.body.orderId as string)).discountCents).toBe(1_000);
    expect(await countsOf(code.id)).toEqual({ usedCount: 1, reservedCount: 0 });
    expect(
      await getDb().order.count({ where: { discountCents: { gt: 0 }, discountRedemption: { codeId: code.id } } }),
    ).toBe(1);
  });

  it("an expired session gives its reservation back, once, and the code can then be used", async () => {
    const code = await createCode({ usageLimit: 1 });
    const first = await cartAt(5_000);
    const second = await cartAt(5_000);
    await withCode(first.cookie, code.code);
    await withCode(second.cookie, code.code);
    const started = await checkoutFrom(first.cookie);
    expect(started.status).toBe(201);
    expect(await checkoutFrom(second.cookie)).toMatchObject({ status: 409, body: { error: "discount_used_up" } });

    harness.standIn.expireSession(started.body.sessionId as string);
    await waitFor(
      "the order to expire",
      () => getDb().order.findUniqueOrThrow({ where: { id: started.body.orderId as string } }),
      (order) => order.status === "EXPIRED",
    );
    expect(await redemptionOf(started.body.orderId as string)).toMatchObject({ state: "released" });
    expect(await countsOf(code.id)).toEqual({ usedCount: 0, reservedCount: 0 });
    // A second release (a replayed event, the job) changes nothing.
    expect(await runTransaction((tx) => releaseHold(tx, started.body.orderId as string, "EXPIRED"))).toBe(false);
    expect(await countsOf(code.id)).toEqual({ usedCount: 0, reservedCount: 0 });

    const retried = await checkoutFrom(second.cookie);
    expect(retried.status).toBe(201);
    harness.standIn.completeSession(retried.body.sessionId as string);
    await paidOrder(retried.body.orderId as string);
    expect(await countsOf(code.id)).toEqual({ usedCount: 1, reservedCount: 0 });
  });

  it("the hold-release job gives back the reservation of a checkout that never reached Stripe, exactly once", async () => {
    const code = await createCode({ usageLimit: 5 });
    const { cookie } = await cartAt(4_000);
    await withCode(cookie, code.code);
    const { order } = await placeHold(cartIdOf(cookie), "203.0.113.9");
    expect(order.discount).toEqual({ code: code.code, discountCents: 400 });
    await getDb().order.update({ where: { id: order.id }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await countsOf(code.id)).toEqual({ usedCount: 0, reservedCount: 1 });
    await releaseHoldsJob();
    await releaseHoldsJob();
    expect(await redemptionOf(order.id)).toMatchObject({ state: "released" });
    expect(await countsOf(code.id)).toEqual({ usedCount: 0, reservedCount: 0 });
  });

  it("a Stripe failure while opening checkout releases the reservation with the hold", async () => {
    const code = await createCode({ usageLimit: 1 });
    const { cookie } = await cartAt(4_000);
    await withCode(cookie, code.code);
    harness.standIn.injectFaults(
      { kind: "error", status: 500 },
      { kind: "error", status: 500 },
      { kind: "error", status: 500 },
    );
    expectWarning(/Stripe unavailable while opening checkout/);
    const failed = await checkoutFrom(cookie);
    expect(failed.status).toBe(503);
    expect(await countsOf(code.id)).toEqual({ usedCount: 0, reservedCount: 0 });
  });

  it("a code used up after it was applied stops checkout with a 409 that says so, holding nothing", async () => {
    const code = await createCode({ usageLimit: 3 });
    const { cookie, variant } = await cartAt(4_000);
    await withCode(cookie, code.code);
    await getDb().discountCode.update({ where: { id: code.id }, data: { usedCount: 3 } });
    const stockBefore = (await getDb().variant.findUniqueOrThrow({ where: { id: variant.id } })).stock;
    const refused = await checkoutFrom(cookie);
    expect(refused).toMatchObject({ status: 409, body: { error: "discount_used_up" } });
    expect((refused.body.fields as Record<string, string>).code).toMatch(/Remove it from your cart/);
    expect((await getDb().variant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(stockBefore);
  });

  it("once per email: a second paid order from the same email (any case) is held for staff, another email is fine", async () => {
    const code = await createCode({ oncePerEmail: true });
    const start = async () => {
      const { cookie } = await cartAt(5_000);
      await withCode(cookie, code.code);
      const started = await checkoutFrom(cookie);
      expect(started.status).toBe(201);
      return { orderId: started.body.orderId as string, sessionId: started.body.sessionId as string };
    };
    const [first, second, third] = [await start(), await start(), await start()];
    expect(await countsOf(code.id)).toEqual({ usedCount: 0, reservedCount: 3 });

    harness.standIn.completeSession(first.sessionId, { email: "Repeat@Example.com" });
    await paidOrder(first.orderId);
    expect(await redemptionOf(first.orderId)).toMatchObject({ state: "redeemed", onceEmail: "repeat@example.com" });

    expectWarning(/already used the once-per-email code .*; the order is flagged for staff/);
    harness.standIn.completeSession(second.sessionId, { email: "repeat@example.COM" });
    const flagged = await waitFor(
      "the second order to be flagged",
      () => getDb().order.findUniqueOrThrow({ where: { id: second.orderId } }),
      (order) => order.totalMismatchAt !== null,
    );
    expect(flagged.status).toBe("PENDING");
    expect(await redemptionOf(second.orderId)).toMatchObject({ state: "reserved" });

    harness.standIn.completeSession(third.sessionId, { email: "someone.else@example.com" });
    await paidOrder(third.orderId);
    expect(await countsOf(code.id)).toEqual({ usedCount: 2, reservedCount: 1 });
    // The database itself refuses a second redemption by the same email.
    await expect(
      getDb().discountRedemption.update({
        where: { orderId: third.orderId },
        data: { onceEmail: "repeat@example.com" },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
