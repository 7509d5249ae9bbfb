/** @jest-environment-options {"template":"seeded"} */
import fs from "node:fs";
import path from "node:path";
import Stripe from "stripe";
import { getDb } from "@/lib/db";
import { getOrderBySession, getOrderForGuest } from "@/lib/checkout/get-order";
import { syncOrderFromSession } from "@/lib/checkout/sync-order-from-session";
import { STAND_IN_SECRET_KEY } from "@/lib/stripe/stand-in-key";
import { expectWarning } from "../../support/expect-warning";
import { useJobRunner } from "../../support/job-runner";
import { waitFor } from "../../support/wait-for";
import { emlFiles, payPageFormValues, useStripeHarness } from "./harness";
import { addItem, cartWith, checkout, pickVariants, stockOf } from "./shop";

const harness = useStripeHarness();
// Confirmation emails are sent by the job runner (the outbox sweep).
useJobRunner();

async function startedCheckout(quantity = 1) {
  const [variant] = await pickVariants(1, quantity + 1);
  const cookie = await cartWith([{ sku: variant!.sku, quantity }]);
  const started = await checkout(cookie);
  expect(started.status).toBe(201);
  return {
    variant: variant!,
    cookie,
    orderId: started.body.orderId as string,
    sessionId: started.body.sessionId as string,
    url: started.body.url as string,
  };
}

async function orderStatus(orderId: string) {
  return (await getDb().order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).status;
}

/** Submits the hosted page's form as a browser would: what the page has filled in, plus `fields`. */
async function submitPayForm(url: string, fields: Record<string, string>) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...(await payPageFormValues(url)), ...fields }),
    redirect: "manual",
  });
}

describe("the local Stripe stand-in, end to end", () => {
  it("serves a hosted page labelled test mode; Pay sends a signed webhook and redirects to the success URL", async () => {
    const { orderId, sessionId, url, variant } = await startedCheckout(2);
    const page = await fetch(url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Test mode: no real payment");
    expect(html).toMatch(/<button[^>]*value="pay"[^>]*>Pay \$/);
    expect(html).toMatch(/<button[^>]*value="pay_later"/);
    expect(html).toMatch(/<button[^>]*value="cancel"[^>]*formnovalidate/);
    expect(html).toContain('<label for="email">');

    const paid = await submitPayForm(url, { email: "walker@example.com", action: "pay" });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`http://localhost:3000/checkout/success?session_id=${sessionId}`);
    await waitFor(
      "the order to be paid",
      () => orderStatus(orderId),
      (status) => status === "PAID",
    );
    const order = (await getOrderBySession(sessionId))!;
    expect(order.email).toBe("walker@example.com");
    expect(order.totalCents).toBe(variant.priceCents * 2);
    const email = await waitFor("the confirmation email to be sent", () =>
      getDb().outboxEmail.findFirst({ where: { orderId, status: "SENT" } }),
    );
    const eml = fs.readFileSync(path.join(harness.outboxDir, `${email.id}.eml`), "utf8");
    expect(eml).toMatch(/^To: walker@example.com$/m);
    // People read the short order number (decision 0019).
    expect(eml).toContain(`order SS-${order.orderNumber} is confirmed`);
    // The page is closed once paid.
    expect(await (await fetch(url)).text()).toContain("already complete");
  });

  it("Pay later sends completed (unpaid), then async_payment_succeeded: AWAITING_PAYMENT, then PAID with one email", async () => {
    const { orderId, url } = await startedCheckout();
    const response = await submitPayForm(url, { email: "later@example.com", action: "pay_later" });
    expect(response.status).toBe(303);
    await waitFor(
      "the order to be paid",
      () => orderStatus(orderId),
      (status) => status === "PAID",
    );
    await harness.standIn.webhooksIdle();
    const types = harness.standIn.deliveries
      .filter((delivery) => delivery.status === 200)
      .map((delivery) => delivery.type);
    expect(types.slice(-2)).toEqual(["checkout.session.completed", "checkout.session.async_payment_succeeded"]);
    const events = await getDb().stripeEvent.findMany({ where: { orderId }, orderBy: { receivedAt: "asc" } });
    expect(events.map((event) => event.type)).toEqual([
      "checkout.session.completed",
      "checkout.session.async_payment_succeeded",
    ]);
    expect(await getDb().outboxEmail.count({ where: { orderId } })).toBe(1);
  });

  it("Cancel returns to the cancel URL and keeps the hold until the session expires, which returns the stock once", async () => {
    const { orderId, url, sessionId, variant } = await startedCheckout(2);
    const cancelled = await submitPayForm(url, { action: "cancel" });
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get("location")).toBe("http://localhost:3000/checkout/cancel");
    expect(await orderStatus(orderId)).toBe("PENDING");
    expect(await stockOf(variant.sku)).toBe(variant.stock - 2);
    // Time passes: the stand-in expires sessions past expires_at and tells the app.
    harness.standIn.getSession(sessionId)!.session.expires_at = Math.floor(Date.now() / 1000) - 1;
    expect(harness.standIn.expireDueSessions()).toBe(1);
    await waitFor(
      "the order to expire",
      () => orderStatus(orderId),
      (status) => status === "EXPIRED",
    );
    expect(await stockOf(variant.sku)).toBe(variant.stock);
    expect(await (await fetch(url)).text()).toContain("expired");
  });

  it("checking out an edited cart expires the earlier session first, so its hold doesn't block the new order", async () => {
    const [variant] = await pickVariants(1, 2);
    await getDb().variant.update({ where: { id: variant!.id }, data: { stock: 2 } });
    const cookie = await cartWith([{ sku: variant!.sku, quantity: 2 }]);
    const first = await checkout(cookie);
    expect(first.status).toBe(201);
    expect(await stockOf(variant!.sku)).toBe(0);
    // The shopper comes back and changes the cart (down to one pair), then checks out again.
    const { patchItem } = await import("./shop");
    const edited = await patchItem(cookie, variant!.sku, { quantity: 1 });
    expect(edited.status).toBe(409); // only 0 on the shelf right now: their own hold
    const [other] = await pickVariants(1, 2);
    await addItem(cookie, { sku: other!.sku, quantity: 1 });
    const second = await checkout(cookie);
    expect(second.status).toBe(201);
    expect(second.body.orderId).not.toBe(first.body.orderId);
    expect(harness.standIn.getSession(first.body.sessionId as string)!.session.status).toBe("expired");
    expect(await orderStatus(first.body.orderId as string)).toBe("EXPIRED");
    expect(await stockOf(variant!.sku)).toBe(0); // released by the first, held again by the second
    // The expiry webhook that follows changes nothing more.
    await harness.standIn.webhooksIdle();
    expect(await stockOf(variant!.sku)).toBe(0);
  });

  it("the success page's check with Stripe fulfils a paid order once, before or after the webhook", async () => {
    const { orderId, sessionId } = await startedCheckout();
    // Paid at Stripe, but the webhook hasn't been delivered yet.
    const stored = harness.standIn.getSession(sessionId)!;
    Object.assign(stored.session, {
      status: "complete",
      payment_status: "paid",
      customer_details: { email: "early@example.com" },
      payment_intent: "pi_test_early",
    });
    const order = (await getOrderBySession(sessionId))!;
    expect(order.status).toBe("PENDING");
    expect(await syncOrderFromSession({ ...order, stripeSessionId: sessionId })).toBe(true);
    expect(await syncOrderFromSession({ ...order, stripeSessionId: sessionId })).toBe(false);
    expect(await orderStatus(orderId)).toBe("PAID");
    expect(await getDb().outboxEmail.count({ where: { orderId } })).toBe(1);
    expect(emlFiles(harness).length).toBeGreaterThan(0);
  });

  it("shows a guest order only with its token", async () => {
    const { orderId } = await startedCheckout();
    const { accessToken } = await getDb().order.findUniqueOrThrow({
      where: { id: orderId },
      select: { accessToken: true },
    });
    expect(accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await getOrderForGuest(orderId, accessToken))?.id).toBe(orderId);
    for (const token of [null, "", "wrong", accessToken.slice(0, -1), `${accessToken}x`, accessToken.toUpperCase()]) {
      expect(await getOrderForGuest(orderId, token)).toBeNull();
    }
    expect(await getOrderForGuest("not-an-id", accessToken)).toBeNull();
  });

  it("behaves like Stripe's API where the app relies on it: auth, idempotency conflicts, validation, retrieve, expire", async () => {
    const client = new Stripe(STAND_IN_SECRET_KEY, {
      host: "127.0.0.1",
      port: harness.standIn.port,
      protocol: "http",
      maxNetworkRetries: 0,
    });
    const params: Stripe.Checkout.SessionCreateParams = {
      mode: "payment",
      line_items: [
        { quantity: 2, price_data: { currency: "usd", unit_amount: 1999, product_data: { name: "Test shoe" } } },
      ],
      success_url: "http://localhost:3000/checkout/success?session_id={CHECKOUT_SESSION_ID}",
      expires_at: Math.floor(Date.now() / 1000) + 31 * 60,
    };
    const created = await client.checkout.sessions.create(params, { idempotencyKey: "checkout:test-api" });
    expect(created.amount_total).toBe(3998);
    const again = await client.checkout.sessions.create(params, { idempotencyKey: "checkout:test-api" });
    expect(again.id).toBe(created.id);
    await expect(
      client.checkout.sessions.create(
        { ...params, line_items: [{ ...params.line_items![0]!, quantity: 3 }] },
        { idempotencyKey: "checkout:test-api" },
      ),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    await expect(
      client.checkout.sessions.create({ ...params, expires_at: Math.floor(Date.now() / 1000) + 60 }),
    ).rejects.toThrow(/30 minutes/);
    await expect(
      client.checkout.sessions.create({
        ...params,
        line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 19.99, product_data: { name: "x" } } }],
      }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const wrongKey = new Stripe("sk_test_wrong", {
      host: "127.0.0.1",
      port: harness.standIn.port,
      protocol: "http",
      maxNetworkRetries: 0,
    });
    await expect(wrongKey.checkout.sessions.retrieve(created.id)).rejects.toBeInstanceOf(
      Stripe.errors.StripeAuthenticationError,
    );
    const retrieved = await client.checkout.sessions.retrieve(created.id, { expand: ["line_items"] });
    expect(retrieved.line_items?.data[0]).toMatchObject({
      quantity: 2,
      amount_total: 3998,
      price: { unit_amount: 1999 },
    });
    // The stand-in tells the app, which ignores a session that isn't one of its orders.
    const ignored = expectWarning(
      /\(checkout\.session\.expired\) ignored: session \S+ is not one of this store's orders/,
    );
    const expired = await client.checkout.sessions.expire(created.id);
    expect(expired.status).toBe("expired");
    await expect(client.checkout.sessions.expire(created.id)).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );
    await expect(client.checkout.sessions.retrieve("cs_test_missing")).rejects.toThrow(/No such checkout.session/);
    await harness.standIn.webhooksIdle();
    expect(ignored).toHaveLength(1);
  });
});
