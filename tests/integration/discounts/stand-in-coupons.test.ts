import Stripe from "stripe";
import { STAND_IN_SECRET_KEY } from "@/lib/stripe/stand-in-key";
import { expectWarning } from "../../support/expect-warning";
import { useStripeHarness } from "../stripe/harness";

// The stand-in speaks the Coupons API and a session's `discounts` as Stripe documents them, so the
// store's calls are checked offline: through the real SDK, the way the app calls them.

const harness = useStripeHarness();

const stripe = () =>
  new Stripe(STAND_IN_SECRET_KEY, {
    host: "127.0.0.1",
    port: harness.standIn.port,
    protocol: "http",
    maxNetworkRetries: 0,
  });

const line = (amount: number, quantity = 1) => ({
  quantity,
  price_data: { currency: "usd", unit_amount: amount, product_data: { name: "Shoe" } },
});

const sessionWith = (coupon: string, extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) =>
  stripe().checkout.sessions.create({
    mode: "payment",
    line_items: [line(3_000, 2), line(1_000)],
    discounts: [{ coupon }],
    success_url: "http://localhost:3000/ok",
    ...extra,
  });

describe("the stand-in's coupons", () => {
  it("creates and retrieves a coupon, replays an idempotent create, and refuses a reused key with other params", async () => {
    const params = { amount_off: 700, currency: "usd", duration: "once" as const, max_redemptions: 1, name: "SAVE7" };
    const coupon = await stripe().coupons.create(params, { idempotencyKey: "coupon:test-1" });
    expect(coupon).toMatchObject({
      object: "coupon",
      amount_off: 700,
      currency: "usd",
      times_redeemed: 0,
      valid: true,
    });
    expect(await stripe().coupons.retrieve(coupon.id)).toMatchObject({ id: coupon.id, name: "SAVE7" });
    expect((await stripe().coupons.create(params, { idempotencyKey: "coupon:test-1" })).id).toBe(coupon.id);
    await expect(
      stripe().coupons.create({ ...params, amount_off: 800 }, { idempotencyKey: "coupon:test-1" }),
    ).rejects.toMatchObject({ type: "StripeIdempotencyError" });
  });

  it("validates coupons as Stripe does", async () => {
    const bad: Stripe.CouponCreateParams[] = [
      { duration: "once" },
      { amount_off: 100, percent_off: 10, currency: "usd" },
      { amount_off: 100 },
      { percent_off: 150 },
      { percent_off: 10, duration: "repeating" },
      { percent_off: 10, name: "x".repeat(41) },
    ];
    for (const params of bad)
      await expect(stripe().coupons.create(params)).rejects.toMatchObject({ type: "StripeInvalidRequestError" });
  });

  it("takes a coupon off the lines in proportion, reports it in total_details, and counts its redemption", async () => {
    const coupon = await stripe().coupons.create({ amount_off: 700, currency: "usd", max_redemptions: 1 });
    const session = await sessionWith(coupon.id);
    expect(session).toMatchObject({
      amount_subtotal: 7_000,
      amount_total: 6_300,
      total_details: { amount_discount: 700 },
      discounts: [{ coupon: coupon.id, promotion_code: null }],
    });
    const expanded = await stripe().checkout.sessions.retrieve(session.id, { expand: ["line_items"] });
    expect(expanded.line_items!.data.map((item) => item.amount_discount)).toEqual([600, 100]);
    // Not one of the store's orders: the app's webhook says so and ignores it.
    expectWarning(/is not one of this store's orders/);
    harness.standIn.completeSession(session.id);
    await harness.standIn.webhooksIdle();
    expect((await stripe().coupons.retrieve(coupon.id)).times_redeemed).toBe(1);
    // Used up: a new session can't take it.
    await expect(sessionWith(coupon.id)).rejects.toMatchObject({ type: "StripeInvalidRequestError" });
  });

  it("refuses an unknown coupon, two discounts, another currency, and discounts with allow_promotion_codes", async () => {
    const eur = await stripe().coupons.create({ amount_off: 100, currency: "eur" });
    const usd = await stripe().coupons.create({ percent_off: 10 });
    await expect(sessionWith("no_such_coupon")).rejects.toMatchObject({
      message: expect.stringMatching(/No such coupon/),
    });
    await expect(sessionWith(eur.id)).rejects.toMatchObject({ message: expect.stringMatching(/currency/) });
    await expect(sessionWith(usd.id, { discounts: [{ coupon: usd.id }, { coupon: usd.id }] })).rejects.toMatchObject({
      message: expect.stringMatching(/only specify one discount/),
    });
    await expect(sessionWith(usd.id, { allow_promotion_codes: true })).rejects.toMatchObject({
      message: expect.stringMatching(/allow_promotion_codes, discounts/),
    });
    // A percentage coupon works on the subtotal, rounded.
    expect((await sessionWith(usd.id)).total_details?.amount_discount).toBe(700);
  });
});
