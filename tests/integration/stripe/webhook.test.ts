/** @jest-environment-options {"template":"seeded"} */
import pg from "pg";
import { getDb } from "@/lib/db";
import { sendOutboxEmail } from "@/lib/email/send-outbox-email";
import { toApiSession } from "@/scripts/stripe-stand-in/session";
import { expectWarning } from "../../support/expect-warning";
import { useJobRunner } from "../../support/job-runner";
import { waitFor } from "../../support/wait-for";
import {
  emlFiles,
  sessionEvent,
  signedWebhookRequest,
  useStripeHarness,
  webhookRequest,
  WEBHOOK_SECRET,
} from "./harness";
import { cartWith, checkout, pickVariants, stockOf } from "./shop";

const harness = useStripeHarness();
// The confirmation emails the webhook queues are sent by the job runner (case 32).
useJobRunner();

async function post(payload: string, options?: Parameters<typeof signedWebhookRequest>[1]) {
  const { POST } = await import("@/app/api/stripe/webhook/route");
  const response = await POST(signedWebhookRequest(payload, options));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A checked-out order (stock held, session open in the stand-in) and its variant. */
async function openOrder(quantity = 1) {
  const [variant] = await pickVariants(1, quantity + 1);
  const cookie = await cartWith([{ sku: variant!.sku, quantity }]);
  const started = await checkout(cookie);
  expect(started.status).toBe(201);
  const orderId = started.body.orderId as string;
  const sessionId = started.body.sessionId as string;
  return { variant: variant!, orderId, sessionId, cookie, heldStock: variant!.stock - quantity };
}

/** The session as Stripe would put it in an event, after the given changes. */
function sessionSnapshot(sessionId: string, changes: Record<string, unknown> = {}) {
  const stored = harness.standIn.getSession(sessionId)!;
  return { ...toApiSession(stored, false), ...changes };
}

const paid = {
  status: "complete",
  payment_status: "paid",
  customer_details: { email: "walker@example.com" },
  payment_intent: "pi_test_1",
};

async function counts(orderId: string) {
  const db = getDb();
  return {
    events: await db.stripeEvent.count({ where: { orderId } }),
    emails: await db.outboxEmail.count({ where: { orderId } }),
    order: await db.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { status: true, paidAt: true, stockReleasedAt: true, totalCents: true, email: true },
    }),
  };
}

describe("Stripe webhook", () => {
  it("case 1: a signed checkout.session.completed (paid) marks the order paid, decrements nothing again, queues one email; totals match the database", async () => {
    const { variant, orderId, sessionId, heldStock } = await openOrder(2);
    // The shopper pays on the stand-in's page; it signs and delivers the event to the route handler.
    harness.standIn.completeSession(sessionId, { email: "walker@example.com" });
    const order = await waitFor(
      "the order to be paid",
      () => getDb().order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } }),
      (row) => row.status === "PAID",
    );
    expect(order.email).toBe("walker@example.com");
    expect(order.paidAt).not.toBeNull();
    expect(order.stripePaymentIntentId).toMatch(/^pi_/);
    expect(await stockOf(variant.sku)).toBe(heldStock);
    expect(order.totalCents).toBe(variant.priceCents * 2);
    expect(order.totalCents).toBe(order.lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0));
    expect(harness.standIn.getSession(sessionId)!.session.amount_total).toBe(order.totalCents);
    const emails = await getDb().outboxEmail.findMany({ where: { orderId } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: "order_confirmation", to: "walker@example.com" });
    await waitFor(
      "the confirmation email to be sent",
      () => getDb().outboxEmail.findUniqueOrThrow({ where: { id: emails[0]!.id } }),
      (email) => email.status === "SENT",
    );
    expect(emlFiles(harness)).toContain(`${emails[0]!.id}.eml`);
    await harness.standIn.webhooksIdle();
    expect(harness.webhookStatuses.at(-1)).toBe(200);
    // The paid pair left the cart.
    expect(await getDb().cartLine.count({ where: { variantId: variant.id } })).toBe(0);
  });

  it("case 2: the same event 5 times in a row, then 5 times at once, gives one state change and one email", async () => {
    const { orderId, sessionId } = await openOrder();
    const payload = JSON.stringify(
      sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, paid)),
      null,
      2,
    );
    const sequential = [];
    for (let i = 0; i < 5; i++) sequential.push(await post(payload));
    expect(sequential.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(sequential.map((response) => response.body.result)).toEqual([
      "applied",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
    ]);
    const afterSequential = await counts(orderId);
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => post(payload)));
    expect(concurrent.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(concurrent.every((response) => response.body.result === "duplicate")).toBe(true);
    const after = await counts(orderId);
    expect(after.order.status).toBe("PAID");
    expect(after.order.paidAt).toEqual(afterSequential.order.paidAt);
    expect(after.events).toBe(1);
    expect(after.emails).toBe(1);
    // Five more senders at once (the SEND_EMAIL job's code, as from five app servers), racing the
    // runner's own: the email is still sent once.
    const email = await getDb().outboxEmail.findFirstOrThrow({ where: { orderId } });
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => sendOutboxEmail(email.id, { lastAttempt: false })),
    );
    expect(outcomes.filter((outcome) => outcome === "sent").length).toBeLessThanOrEqual(1);
    const sent = await waitFor(
      "the confirmation email to be sent",
      () => getDb().outboxEmail.findUniqueOrThrow({ where: { id: email.id } }),
      (row) => row.status === "SENT",
    );
    expect(sent.attempts).toBe(1);
    expect(emlFiles(harness).filter((name) => name === `${email.id}.eml`)).toHaveLength(1);
  });

  it("case 2: five different copies of one event racing from a fresh state still apply once", async () => {
    const { orderId, sessionId } = await openOrder();
    const payload = JSON.stringify(sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, paid)));
    const responses = await Promise.all(Array.from({ length: 5 }, () => post(payload)));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(responses.filter((response) => response.body.result === "applied")).toHaveLength(1);
    const after = await counts(orderId);
    expect(after).toMatchObject({ events: 1, emails: 1, order: { status: "PAID" } });
  });

  it("case 3: completed and async_payment_succeeded for one session fulfil the order once", async () => {
    const { orderId, sessionId, variant, heldStock } = await openOrder();
    const completed = await post(
      JSON.stringify(sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, paid))),
    );
    const succeeded = await post(
      JSON.stringify(sessionEvent("checkout.session.async_payment_succeeded", sessionSnapshot(sessionId, paid))),
    );
    expect([completed.body.result, succeeded.body.result]).toEqual(["applied", "no_change"]);
    const after = await counts(orderId);
    expect(after).toMatchObject({ events: 2, emails: 1, order: { status: "PAID" } });
    expect(await stockOf(variant.sku)).toBe(heldStock);
  });

  it("case 4: events out of order never move the order backwards (paid never returns to pending)", async () => {
    const { orderId, sessionId, variant, heldStock } = await openOrder();
    const succeeded = await post(
      JSON.stringify(sessionEvent("checkout.session.async_payment_succeeded", sessionSnapshot(sessionId, paid))),
    );
    expect(succeeded.body.result).toBe("applied");
    const lateUnpaid = await post(
      JSON.stringify(
        sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, { ...paid, payment_status: "unpaid" })),
      ),
    );
    const lateExpired = await post(
      JSON.stringify(sessionEvent("checkout.session.expired", sessionSnapshot(sessionId, { status: "expired" }))),
    );
    const lateFailed = await post(
      JSON.stringify(sessionEvent("checkout.session.async_payment_failed", sessionSnapshot(sessionId, paid))),
    );
    expect([lateUnpaid.status, lateExpired.status, lateFailed.status]).toEqual([200, 200, 200]);
    expect([lateUnpaid.body.result, lateExpired.body.result, lateFailed.body.result]).toEqual([
      "no_change",
      "no_change",
      "no_change",
    ]);
    const after = await counts(orderId);
    expect(after.order.status).toBe("PAID");
    expect(after.order.stockReleasedAt).toBeNull();
    expect(after.emails).toBe(1);
    expect(await stockOf(variant.sku)).toBe(heldStock);
  });

  it("case 4: completed (unpaid) then async_payment_succeeded moves PENDING → AWAITING_PAYMENT → PAID", async () => {
    const { orderId, sessionId } = await openOrder();
    await post(
      JSON.stringify(
        sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, { ...paid, payment_status: "unpaid" })),
      ),
    );
    expect((await counts(orderId)).order.status).toBe("AWAITING_PAYMENT");
    expect((await counts(orderId)).emails).toBe(0);
    await post(
      JSON.stringify(sessionEvent("checkout.session.async_payment_succeeded", sessionSnapshot(sessionId, paid))),
    );
    expect(await counts(orderId)).toMatchObject({ emails: 1, order: { status: "PAID" } });
  });

  it("case 5: bad signatures get 400 and write nothing (tampered body, missing or wrong signature, wrong secret, old timestamp)", async () => {
    const { orderId, sessionId } = await openOrder();
    const payload = JSON.stringify(
      sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, paid)),
      null,
      2,
    );
    const rejected = expectWarning(/^Stripe webhook rejected: /);
    const { POST } = await import("@/app/api/stripe/webhook/route");
    const Stripe = (await import("stripe")).default;
    const validHeader = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const tampered = payload.replace('"amount_total": ', '"amount_total": 1');
    const attempts = [
      await POST(webhookRequest(tampered, validHeader)),
      await POST(webhookRequest(payload, null)),
      await POST(webhookRequest(payload, "t=1700000000,v1=deadbeef")),
      await POST(webhookRequest(payload, "garbage")),
      await POST(signedWebhookRequest(payload, { secret: "whsec_someone_else_entirely_123" })),
      await POST(signedWebhookRequest(payload, { timestamp: Math.floor(Date.now() / 1000) - 600 })),
    ];
    // One line per forged signature; a request with no signature at all is refused without one.
    expect(rejected).toHaveLength(attempts.length - 1);
    expect(attempts.map((response) => response.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(await getDb().stripeEvent.count({ where: { orderId } })).toBe(0);
    expect(await counts(orderId)).toMatchObject({ events: 0, emails: 0, order: { status: "PENDING", paidAt: null } });
    // The genuine delivery still works afterwards.
    expect((await post(payload)).status).toBe(200);
  });

  it("case 6: pretty-printed JSON with a valid signature over those exact bytes is accepted (the raw body is verified)", async () => {
    const { orderId, sessionId } = await openOrder();
    const event = sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, paid));
    const pretty = `${JSON.stringify(event, null, 4)}\n\n`.replace('"type":', '"type"  :');
    const response = await post(pretty);
    expect(response.status).toBe(200);
    expect(response.body.result).toBe("applied");
    expect((await counts(orderId)).order.status).toBe("PAID");
    // The same event re-serialised (what a parsed-then-stringified body would be) fails that signature.
    const Stripe = (await import("stripe")).default;
    const prettyHeader = Stripe.webhooks.generateTestHeaderString({ payload: pretty, secret: WEBHOOK_SECRET });
    expectWarning(/^Stripe webhook rejected: /);
    const { POST } = await import("@/app/api/stripe/webhook/route");
    const reserialised = await POST(webhookRequest(JSON.stringify(event), prettyHeader));
    expect(reserialised.status).toBe(400);
  });

  it("case 7: checkout.session.expired delivered 3 times restores the held stock exactly once", async () => {
    const { orderId, sessionId, variant } = await openOrder(2);
    const payload = JSON.stringify(
      sessionEvent("checkout.session.expired", sessionSnapshot(sessionId, { status: "expired" })),
    );
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await post(payload)).body.result);
    expect(results).toEqual(["applied", "duplicate", "duplicate"]);
    // Different event ids for the same expiry (Stripe resending) restore nothing more either.
    const again = await post(
      JSON.stringify(sessionEvent("checkout.session.expired", sessionSnapshot(sessionId, { status: "expired" }))),
    );
    expect(again.body.result).toBe("no_change");
    expect(await stockOf(variant.sku)).toBe(variant.stock);
    expect(await counts(orderId)).toMatchObject({ emails: 0, order: { status: "EXPIRED" } });
    expect((await counts(orderId)).order.stockReleasedAt).not.toBeNull();
  });

  it("case 7: async_payment_failed delivered 3 times restores the held stock exactly once", async () => {
    const { orderId, sessionId, variant } = await openOrder(2);
    await post(
      JSON.stringify(
        sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, { ...paid, payment_status: "unpaid" })),
      ),
    );
    const payload = JSON.stringify(
      sessionEvent(
        "checkout.session.async_payment_failed",
        sessionSnapshot(sessionId, { ...paid, payment_status: "unpaid" }),
      ),
    );
    const results = await Promise.all([post(payload), post(payload), post(payload)]);
    expect(results.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(results.filter((response) => response.body.result === "applied")).toHaveLength(1);
    expect(await stockOf(variant.sku)).toBe(variant.stock);
    expect(await counts(orderId)).toMatchObject({ emails: 0, order: { status: "FAILED" } });
  });

  it("case 8: if the database fails on the first delivery, the webhook answers 5xx and commits nothing; the redelivery is processed once", async () => {
    const { orderId, sessionId, variant, heldStock } = await openOrder();
    // A real database error, once: the sequence isn't rolled back with the failing transaction.
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SEQUENCE "fail_once_seq"`);
    await admin.query(`CREATE FUNCTION "fail_first_order_update"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF nextval('fail_once_seq') = 1 THEN RAISE EXCEPTION 'injected failure for case 8'; END IF; RETURN NEW; END $$`);
    await admin.query(
      `CREATE TRIGGER "fail_first_order_update" BEFORE UPDATE ON "Order" FOR EACH ROW EXECUTE FUNCTION "fail_first_order_update"()`,
    );
    const errors: unknown[] = [];
    const error = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
    try {
      const deliveriesBefore = harness.standIn.deliveries.length;
      harness.standIn.completeSession(sessionId, { email: "walker@example.com" });
      // The stand-in retries on the 500, like Stripe; the second delivery succeeds.
      await waitFor("a delivery answered 200", async () =>
        harness.standIn.deliveries.slice(deliveriesBefore).some((delivery) => delivery.status === 200),
      );
      const deliveries = harness.standIn.deliveries.slice(deliveriesBefore);
      expect(deliveries.map((delivery) => delivery.status)).toEqual([500, 200]);
      expect(new Set(deliveries.map((delivery) => delivery.eventId)).size).toBe(1);
      expect(errors).toHaveLength(1);
      expect(String((errors[0] as unknown[])[0])).toMatch(/answering 500 so Stripe retries/);
    } finally {
      error.mockRestore();
      await admin.query(`DROP TRIGGER "fail_first_order_update" ON "Order"`);
      await admin.end();
    }
    const after = await counts(orderId);
    expect(after).toMatchObject({ events: 1, emails: 1, order: { status: "PAID" } });
    expect(await stockOf(variant.sku)).toBe(heldStock);
  });

  it("case 8: after a failed first delivery nothing is committed (checked before redelivery)", async () => {
    const { orderId, sessionId } = await openOrder();
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(
      `CREATE FUNCTION "fail_every_order_update"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`,
    );
    await admin.query(
      `CREATE TRIGGER "fail_every_order_update" BEFORE UPDATE ON "Order" FOR EACH ROW EXECUTE FUNCTION "fail_every_order_update"()`,
    );
    const payload = JSON.stringify(sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, paid)));
    const error = jest.spyOn(console, "error").mockImplementation(() => {});
    const first = await post(payload);
    error.mockRestore();
    await admin.query(`DROP TRIGGER "fail_every_order_update" ON "Order"`);
    await admin.end();
    expect(first.status).toBe(500);
    expect(await getDb().stripeEvent.count({ where: { orderId } })).toBe(0);
    expect(await counts(orderId)).toMatchObject({ events: 0, emails: 0, order: { status: "PENDING" } });
    const redelivery = await post(payload);
    expect(redelivery.body.result).toBe("applied");
    expect((await post(payload)).body.result).toBe("duplicate");
    expect(await counts(orderId)).toMatchObject({ events: 1, emails: 1, order: { status: "PAID" } });
  });

  it("case 9: unknown event types, and sessions that aren't ours, get 200, are logged, and change nothing", async () => {
    const { orderId, sessionId } = await openOrder();
    const info = jest.spyOn(console, "info").mockImplementation(() => {});
    const ignored = expectWarning(/^Stripe event \S+ (\(checkout\.session\.\w+\) )?ignored: /);
    const eventsBefore = await getDb().stripeEvent.count();
    const unknownType = await post(
      JSON.stringify({ ...sessionEvent("customer.created", { id: "cus_1", object: "customer" }) }),
    );
    const paymentIntent = await post(
      JSON.stringify(
        sessionEvent("payment_intent.succeeded", { id: "pi_1", object: "payment_intent", metadata: { orderId } }),
      ),
    );
    const foreignSession = await post(
      JSON.stringify(
        sessionEvent("checkout.session.completed", {
          ...sessionSnapshot(sessionId, paid),
          id: "cs_test_someone_else",
          metadata: {},
          client_reference_id: null,
        }),
      ),
    );
    const wrongSessionForOrder = await post(
      JSON.stringify(
        sessionEvent("checkout.session.completed", {
          ...sessionSnapshot(sessionId, paid),
          id: "cs_test_not_this_orders",
        }),
      ),
    );
    const unknownOrder = await post(
      JSON.stringify(
        sessionEvent("checkout.session.expired", {
          ...sessionSnapshot(sessionId),
          metadata: { orderId: "no-such-order" },
          client_reference_id: "no-such-order",
        }),
      ),
    );
    const wrongAmount = await post(
      JSON.stringify(
        sessionEvent("checkout.session.completed", sessionSnapshot(sessionId, { ...paid, amount_total: 1 })),
      ),
    );
    expect(
      [unknownType, paymentIntent, foreignSession, wrongSessionForOrder, unknownOrder, wrongAmount].map(
        (response) => response.status,
      ),
    ).toEqual([200, 200, 200, 200, 200, 200]);
    expect(
      [unknownType, paymentIntent, foreignSession, wrongSessionForOrder, unknownOrder, wrongAmount].every(
        (response) => response.body.result === "ignored",
      ),
    ).toBe(true);
    expect(info).toHaveBeenCalledTimes(2);
    expect(ignored).toHaveLength(4);
    info.mockRestore();
    expect(await getDb().stripeEvent.count()).toBe(eventsBefore);
    expect(await counts(orderId)).toMatchObject({
      events: 0,
      emails: 0,
      order: { status: "PENDING", stockReleasedAt: null },
    });
  });
});
