import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { STAND_IN_SECRET_KEY } from "@/lib/stripe/stand-in-key";
import { startStripeStandIn, type StripeStandIn } from "@/scripts/stripe-stand-in/server";
import { waitFor } from "../../support/wait-for";

// The stand-in speaks the Refunds API (and reads PaymentIntents and Charges) as Stripe documents
// it, so the store's returns and refunds (issue #17) can be checked offline, through the real SDK
// the app uses. Its webhooks go to a small receiver that verifies them as the app's route does.

const WEBHOOK_SECRET = "whsec_test_refunds_0123456789abcdef";

let standIn: StripeStandIn;
let receiver: http.Server;
/** Every event the receiver got, verified with Stripe.webhooks.constructEvent. */
const received: Stripe.Event[] = [];

async function startReceiver(): Promise<string> {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const event = Stripe.webhooks.constructEvent(
        Buffer.concat(chunks),
        String(request.headers["stripe-signature"]),
        WEBHOOK_SECRET,
      );
      received.push(event);
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{}");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", () => resolve()));
  return `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook`;
}

const start = (webhookUrl: string | null, dataFile: string | null = null) =>
  startStripeStandIn({
    apiKey: STAND_IN_SECRET_KEY,
    webhookSecret: WEBHOOK_SECRET,
    webhookUrl,
    dataFile,
    retryDelaysMs: [50],
    expiryCheckMs: 60 * 60 * 1000,
    log: () => {},
  });

beforeAll(async () => {
  standIn = await start(await startReceiver());
});

afterEach(() => {
  standIn.clearFaults();
  standIn.setNewRefundStatus("succeeded");
});

afterAll(async () => {
  await standIn.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const stripe = (options: Partial<Stripe.StripeConfig> = {}, port = standIn.port) =>
  new Stripe(STAND_IN_SECRET_KEY, { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0, ...options });

/** A Checkout Session paid by the shopper for `amount` cents: its PaymentIntent's id. */
async function paidIntent(amount = 10_000, on: StripeStandIn = standIn): Promise<string> {
  const session = await stripe({}, on.port).checkout.sessions.create({
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: amount, product_data: { name: "Shoe" } } }],
    success_url: "http://localhost:3000/ok",
  });
  const completed = on.completeSession(session.id);
  return completed.session.payment_intent as string;
}

/**
 * The events about this charge or its refunds, in the order the stand-in sent them, once `count`
 * of them were received and verified (deliveries run in parallel, so they may arrive out of order).
 */
async function eventsFor(chargeId: string, count: number): Promise<Stripe.Event[]> {
  const sent = () =>
    standIn.events
      .map((stored) => stored.event)
      .filter((event) => {
        const object = (event.data as { object: { id?: string; charge?: string } }).object;
        return object.id === chargeId || object.charge === chargeId;
      });
  return waitFor(
    `${count} events about ${chargeId} to be delivered`,
    async () => sent().map((event) => received.find((delivered) => delivered.id === event.id)),
    (events) => events.length >= count && events.every(Boolean),
  ) as Promise<Stripe.Event[]>;
}

describe("the stand-in's refunds", () => {
  it("makes the PaymentIntent and Charge of a paid session, readable through the SDK", async () => {
    const intentId = await paidIntent(12_345);
    expect(intentId).toMatch(/^pi_/);
    const intent = await stripe().paymentIntents.retrieve(intentId);
    expect(intent).toMatchObject({
      id: intentId,
      object: "payment_intent",
      amount: 12_345,
      amount_received: 12_345,
      currency: "usd",
      status: "succeeded",
      latest_charge: expect.stringMatching(/^ch_/),
    });
    const charge = await stripe().charges.retrieve(intent.latest_charge as string);
    expect(charge).toMatchObject({
      object: "charge",
      amount: 12_345,
      amount_captured: 12_345,
      amount_refunded: 0,
      refunded: false,
      paid: true,
      captured: true,
      status: "succeeded",
      payment_intent: intentId,
    });
    await expect(stripe().paymentIntents.retrieve("pi_nope")).rejects.toMatchObject({
      statusCode: 404,
      code: "resource_missing",
    });
    await expect(stripe().charges.retrieve("ch_nope")).rejects.toMatchObject({ statusCode: 404 });
  });

  it("a delayed payment's intent is processing with nothing to refund until it settles", async () => {
    const session = await stripe().checkout.sessions.create({
      mode: "payment",
      line_items: [
        { quantity: 1, price_data: { currency: "usd", unit_amount: 5_000, product_data: { name: "Shoe" } } },
      ],
      success_url: "http://localhost:3000/ok",
    });
    const intentId = standIn.completeSession(session.id, { paymentStatus: "unpaid" }).session.payment_intent!;
    expect(await stripe().paymentIntents.retrieve(intentId)).toMatchObject({
      status: "processing",
      amount_received: 0,
      latest_charge: null,
    });
    await expect(stripe().refunds.create({ payment_intent: intentId })).rejects.toMatchObject({
      statusCode: 400,
      type: "StripeInvalidRequestError",
      param: "payment_intent",
    });
    standIn.settleAsyncPayment(session.id, true);
    const refund = await stripe().refunds.create({ payment_intent: intentId });
    expect(refund).toMatchObject({ amount: 5_000, status: "succeeded" });
  });

  it("refunds the whole unrefunded amount by default, with Stripe's fields, and then refuses a second refund", async () => {
    const intentId = await paidIntent(10_000);
    const refund = await stripe().refunds.create({
      payment_intent: intentId,
      reason: "requested_by_customer",
      metadata: { returnId: "ret_1" },
    });
    const { latest_charge: chargeId } = await stripe().paymentIntents.retrieve(intentId);
    expect(refund).toEqual(
      expect.objectContaining({
        id: expect.stringMatching(/^re_/),
        object: "refund",
        amount: 10_000,
        charge: chargeId,
        created: expect.any(Number),
        currency: "usd",
        metadata: { returnId: "ret_1" },
        payment_intent: intentId,
        reason: "requested_by_customer",
        status: "succeeded",
        balance_transaction: null,
        receipt_number: null,
      }),
    );
    const charge = await stripe().charges.retrieve(chargeId as string);
    expect(charge).toMatchObject({ amount_refunded: 10_000, refunded: true });
    const again = stripe().refunds.create({ payment_intent: intentId, amount: 1 });
    await expect(again).rejects.toMatchObject({
      statusCode: 400,
      type: "StripeInvalidRequestError",
      code: "charge_already_refunded",
    });
  });

  it("takes partial refunds until the charge is used up, refusing more than is left with Stripe's message", async () => {
    const intentId = await paidIntent(10_000);
    const first = await stripe().refunds.create({ payment_intent: intentId, amount: 2_500 });
    expect(first.amount).toBe(2_500);
    // Also by charge, as Stripe accepts.
    const second = await stripe().refunds.create({ charge: first.charge as string, amount: 6_500 });
    expect(second).toMatchObject({ amount: 6_500, payment_intent: intentId });
    const tooMuch = stripe().refunds.create({ payment_intent: intentId, amount: 1_200 });
    await expect(tooMuch).rejects.toMatchObject({
      statusCode: 400,
      type: "StripeInvalidRequestError",
      code: "amount_too_large",
      param: "amount",
      message: "Refund amount ($12.00) is greater than unrefunded amount on charge ($10.00)",
    });
    // The default is what is left: $10.00.
    expect((await stripe().refunds.create({ payment_intent: intentId })).amount).toBe(1_000);
    expect(await stripe().charges.retrieve(first.charge as string)).toMatchObject({
      amount_refunded: 10_000,
      refunded: true,
    });
  });

  it("refuses an unknown payment intent or charge with 404 resource_missing, and bad amounts or params with 400", async () => {
    const missing = stripe().refunds.create({ payment_intent: "pi_doesnotexist" });
    await expect(missing).rejects.toMatchObject({
      statusCode: 404,
      type: "StripeInvalidRequestError",
      code: "resource_missing",
      param: "payment_intent",
      message: "No such payment_intent: 'pi_doesnotexist'",
    });
    await expect(stripe().refunds.create({ charge: "ch_doesnotexist" })).rejects.toMatchObject({
      statusCode: 404,
      code: "resource_missing",
      param: "charge",
    });
    const intentId = await paidIntent(3_000);
    for (const amount of [0, -5, 1.5])
      await expect(stripe().refunds.create({ payment_intent: intentId, amount })).rejects.toMatchObject({
        statusCode: 400,
        param: "amount",
      });
    await expect(stripe().refunds.create({})).rejects.toMatchObject({ statusCode: 400 });
    await expect(stripe().refunds.create({ payment_intent: intentId, reason: "changed_mind" })).rejects.toMatchObject({
      statusCode: 400,
      param: "reason",
    });
    await expect(
      stripe().refunds.create({ payment_intent: intentId, amountt: 5 } as Stripe.RefundCreateParams),
    ).rejects.toMatchObject({ statusCode: 400, param: "amountt" });
    // None of them took anything.
    expect(standIn.refunds().filter((refund) => refund.payment_intent === intentId)).toHaveLength(0);
  });

  it("replays a create with the same key and params (one refund, Idempotent-Replayed), and refuses the key with other params", async () => {
    const intentId = await paidIntent(8_000);
    const key = `refund:${intentId}:1`;
    const first = await stripe().refunds.create({ payment_intent: intentId, amount: 3_000 }, { idempotencyKey: key });
    expect(first.lastResponse.headers["idempotent-replayed"]).toBeUndefined();
    const replay = await stripe().refunds.create({ payment_intent: intentId, amount: 3_000 }, { idempotencyKey: key });
    expect(replay.id).toBe(first.id);
    expect(replay.lastResponse.headers["idempotent-replayed"]).toBe("true");
    await expect(
      stripe().refunds.create({ payment_intent: intentId, amount: 4_000 }, { idempotencyKey: key }),
    ).rejects.toMatchObject({ statusCode: 400, type: "StripeIdempotencyError" });
    expect(standIn.refunds().filter((refund) => refund.payment_intent === intentId)).toHaveLength(1);
    const recorded = standIn.requests.filter((request) => request.idempotencyKey === key);
    expect(recorded.map((request) => [request.method, request.path, request.replayed])).toEqual([
      ["POST", "/v1/refunds", false],
      ["POST", "/v1/refunds", true],
      ["POST", "/v1/refunds", true],
    ]);
    expect(recorded[0]!.params).toMatchObject({ payment_intent: intentId, amount: "3000" });
  });

  it("sends refund.created and charge.refunded with the refund and the charge's cumulative amount_refunded", async () => {
    const intentId = await paidIntent(9_000);
    const first = await stripe().refunds.create(
      { payment_intent: intentId, amount: 2_000 },
      { idempotencyKey: `events:${intentId}` },
    );
    const second = await stripe().refunds.create({ payment_intent: intentId, amount: 3_000 });
    const events = await eventsFor(first.charge as string, 4);
    expect(events.map((event) => event.type)).toEqual([
      "refund.created",
      "charge.refunded",
      "refund.created",
      "charge.refunded",
    ]);
    expect(events[0]!.data.object).toMatchObject({
      id: first.id,
      object: "refund",
      amount: 2_000,
      status: "succeeded",
    });
    expect(events[0]!.request).toMatchObject({ idempotency_key: `events:${intentId}` });
    expect(events[1]!.data.object).toMatchObject({
      id: first.charge,
      object: "charge",
      amount: 9_000,
      amount_captured: 9_000,
      amount_refunded: 2_000,
      currency: "usd",
      payment_intent: intentId,
      refunded: false,
      status: "succeeded",
      paid: true,
      captured: true,
      metadata: {},
      created: expect.any(Number),
    });
    expect(events[1]!.data.previous_attributes).toEqual({ amount_refunded: 0, refunded: false });
    expect(events[2]!.data.object).toMatchObject({ id: second.id, amount: 3_000 });
    expect(events[3]!.data.object).toMatchObject({ amount_refunded: 5_000, refunded: false });
  });

  it("a pending refund counts towards amount_refunded; when it fails it sends refund.updated, refund.failed and charge.refund.updated and stops counting", async () => {
    const intentId = await paidIntent(6_000);
    standIn.setNewRefundStatus("pending");
    const refund = await stripe().refunds.create({ payment_intent: intentId, amount: 4_000 });
    expect(refund.status).toBe("pending");
    const chargeId = refund.charge as string;
    expect(await stripe().charges.retrieve(chargeId)).toMatchObject({ amount_refunded: 4_000 });
    // Pending money is spoken for: only 2,000 is left.
    await expect(stripe().refunds.create({ payment_intent: intentId, amount: 2_001 })).rejects.toMatchObject({
      code: "amount_too_large",
    });
    const created = await eventsFor(chargeId, 2);
    expect(created[1]!.data.object).toMatchObject({ object: "charge", amount_refunded: 4_000 });

    standIn.settleRefund(refund.id, "failed");
    const events = await eventsFor(chargeId, 5);
    expect(events.slice(2).map((event) => event.type)).toEqual([
      "refund.updated",
      "refund.failed",
      "charge.refund.updated",
    ]);
    for (const event of events.slice(2)) {
      expect(event.data.object).toMatchObject({ id: refund.id, object: "refund", status: "failed" });
      expect(event.data.previous_attributes).toEqual({ status: "pending" });
    }
    expect(await stripe().refunds.retrieve(refund.id)).toMatchObject({ status: "failed", failure_reason: "declined" });
    expect(await stripe().charges.retrieve(chargeId)).toMatchObject({ amount_refunded: 0, refunded: false });
    // Settled is settled.
    expect(() => standIn.settleRefund(refund.id, "succeeded")).toThrow(/only a pending refund/);
    // The whole amount can be refunded again.
    standIn.setNewRefundStatus("succeeded");
    expect((await stripe().refunds.create({ payment_intent: intentId })).amount).toBe(6_000);
  });

  it("a pending refund that succeeds keeps counting and sends refund.updated and charge.refund.updated only", async () => {
    const intentId = await paidIntent(2_000);
    standIn.setNewRefundStatus("pending");
    const refund = await stripe().refunds.create({ payment_intent: intentId });
    standIn.settleRefund(refund.id, "succeeded");
    const events = await eventsFor(refund.charge as string, 4);
    expect(events.map((event) => event.type)).toEqual([
      "refund.created",
      "charge.refunded",
      "refund.updated",
      "charge.refund.updated",
    ]);
    expect(standIn.getRefund(refund.id)?.status).toBe("succeeded");
    expect(await stripe().charges.retrieve(refund.charge as string)).toMatchObject({
      amount_refunded: 2_000,
      refunded: true,
    });
  });

  it("a canceled pending refund sends refund.updated and charge.refund.updated (no refund.failed) and gives its amount back", async () => {
    const intentId = await paidIntent(3_000);
    standIn.setNewRefundStatus("pending");
    const refund = await stripe().refunds.create({ payment_intent: intentId, amount: 1_000 });
    const chargeId = refund.charge as string;
    expect(await stripe().charges.retrieve(chargeId)).toMatchObject({ amount_refunded: 1_000 });
    standIn.settleRefund(refund.id, "canceled");
    const events = await eventsFor(chargeId, 4);
    expect(events.map((event) => event.type)).toEqual([
      "refund.created",
      "charge.refunded",
      "refund.updated",
      "charge.refund.updated",
    ]);
    expect(events[3]!.data.object).toMatchObject({ id: refund.id, status: "canceled" });
    expect(await stripe().charges.retrieve(chargeId)).toMatchObject({ amount_refunded: 0, refunded: false });
    expect(standIn.getRefund(refund.id)).toMatchObject({ status: "canceled" });
  });

  it("an injected error aimed at refunds fails the next refund only (nothing is refunded), and checkout sessions are not hit", async () => {
    const intentId = await paidIntent(4_000);
    standIn.injectFaults({ kind: "error", status: 500, endpoint: "refunds" });
    // A session is created untouched: the fault waits for a refund.
    const other = await paidIntent(1_000);
    expect(other).toMatch(/^pi_/);
    await expect(
      stripe().refunds.create({ payment_intent: intentId }, { idempotencyKey: `fault:${intentId}` }),
    ).rejects.toMatchObject({ statusCode: 500, type: "StripeAPIError" });
    expect(standIn.refunds().filter((refund) => refund.payment_intent === intentId)).toHaveLength(0);
    // Nothing was stored under the key: the retry executes.
    const retry = await stripe().refunds.create({ payment_intent: intentId }, { idempotencyKey: `fault:${intentId}` });
    expect(retry.lastResponse.headers["idempotent-replayed"]).toBeUndefined();
    expect(retry.amount).toBe(4_000);

    // A fault without an endpoint still means checkout sessions, and leaves refunds alone.
    standIn.injectFaults({ kind: "error", status: 503 });
    const intentForUntargeted = await paidIntent(500).catch((error: unknown) => error);
    expect(intentForUntargeted).toMatchObject({ statusCode: 503 });
    const fine = await stripe().refunds.create({ payment_intent: other });
    expect(fine.amount).toBe(1_000);
  });

  it("a delayed refund whose answer is lost: the SDK times out, the refund exists once, and the retry with the same key replays it", async () => {
    const intentId = await paidIntent(7_000);
    const key = `refund:delayed:${intentId}`;
    standIn.injectFaults({ kind: "delay", ms: 1_500, execute: true, endpoint: "refunds" });
    const impatient = stripe({ timeout: 300, maxNetworkRetries: 0 });
    await expect(
      impatient.refunds.create({ payment_intent: intentId, amount: 1_000 }, { idempotencyKey: key }),
    ).rejects.toMatchObject({ type: "StripeConnectionError" });
    const made = standIn.refunds().filter((refund) => refund.payment_intent === intentId);
    expect(made).toHaveLength(1);
    const retry = await impatient.refunds.create({ payment_intent: intentId, amount: 1_000 }, { idempotencyKey: key });
    expect(retry.id).toBe(made[0]!.id);
    expect(retry.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect(standIn.refunds().filter((refund) => refund.payment_intent === intentId)).toHaveLength(1);
    // Its events went out even though the answer was lost.
    const events = await eventsFor(retry.charge as string, 2);
    expect(events.map((event) => event.type)).toEqual(["refund.created", "charge.refunded"]);
  });

  it("lists a payment intent's refunds newest first, a page at a time, and retrieves one; unknown ids are 404", async () => {
    const intentId = await paidIntent(10_000);
    const made: string[] = [];
    for (const amount of [100, 200, 300])
      made.push((await stripe().refunds.create({ payment_intent: intentId, amount })).id);
    // Another intent's refund stays out of the list.
    await stripe().refunds.create({ payment_intent: await paidIntent(500) });
    const list = await stripe().refunds.list({ payment_intent: intentId });
    expect(list).toMatchObject({ object: "list", has_more: false, url: "/v1/refunds" });
    expect(list.data.map((refund) => refund.id)).toEqual([...made].reverse());
    const page = await stripe().refunds.list({ payment_intent: intentId, limit: 2 });
    expect(page.has_more).toBe(true);
    const all: string[] = [];
    for await (const refund of stripe().refunds.list({ payment_intent: intentId, limit: 2 })) all.push(refund.id);
    expect(all).toEqual([...made].reverse());
    expect(await stripe().refunds.retrieve(made[1]!)).toMatchObject({ id: made[1], amount: 200 });
    await expect(stripe().refunds.retrieve("re_nope")).rejects.toMatchObject({
      statusCode: 404,
      code: "resource_missing",
      message: "No such refund: 're_nope'",
    });
    await expect(stripe().refunds.list({ payment_intent: "pi_nope" })).rejects.toMatchObject({ statusCode: 404 });
    expect(standIn.paymentIntents().some((intent) => intent.id === intentId)).toBe(true);
  });

  it("keeps payment intents, charges and refunds in its data file across a restart", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stand-in-refunds-"));
    const dataFile = path.join(dir, "stripe-stand-in.json");
    try {
      const first = await start(null, dataFile);
      let intentId: string;
      let refundId: string;
      try {
        intentId = await paidIntent(5_000, first);
        refundId = (await stripe({}, first.port).refunds.create({ payment_intent: intentId, amount: 1_500 })).id;
      } finally {
        await first.close();
      }
      const second = await start(null, dataFile);
      try {
        const client = stripe({}, second.port);
        expect(await client.refunds.retrieve(refundId)).toMatchObject({ amount: 1_500, payment_intent: intentId });
        const intent = await client.paymentIntents.retrieve(intentId);
        expect(await client.charges.retrieve(intent.latest_charge as string)).toMatchObject({ amount_refunded: 1_500 });
        // What is left is still what is left.
        await expect(client.refunds.create({ payment_intent: intentId, amount: 3_501 })).rejects.toMatchObject({
          code: "amount_too_large",
        });
        expect((await client.refunds.create({ payment_intent: intentId })).amount).toBe(3_500);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
