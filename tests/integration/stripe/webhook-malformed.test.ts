/** @jest-environment-options {"template":"seeded"} */
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { toApiSession } from "@/scripts/stripe-stand-in/session";
import { expectWarning } from "../../support/expect-warning";
import { ORIGIN, sessionEvent, signedWebhookRequest, useStripeHarness } from "./harness";
import { cartWith, checkout, pickVariants } from "./shop";

// The webhook against bodies no real Stripe delivery has: huge or unsigned streams (review F4),
// and correctly signed events of the wrong shape (review F9). None may cost more than the cap to
// read, answer 5xx, run a handler or write a row.

const harness = useStripeHarness();

type Answer = { status: number; body: Record<string, unknown> };

/** The route's answer; a thrown error counts as the 500 Next would send for it. */
async function answer(request: NextRequest): Promise<Answer> {
  const { POST } = await import("@/app/api/stripe/webhook/route");
  try {
    const response = await POST(request);
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  } catch (error) {
    return { status: 500, body: { thrown: String(error) } };
  }
}

/** A body of `totalBytes` made only as the reader asks for it; `pulled` counts what was made. */
function lazyBody(totalBytes: number, chunkBytes = 64 * 1024) {
  const counter = { pulled: 0 };
  const chunk = new Uint8Array(chunkBytes).fill(0x7b);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= totalBytes) return controller.close();
        counter.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    // Nothing is made ahead of a read, so `pulled` is exactly what the route asked for.
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

function streamedRequest(stream: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  // No content-length: sent chunked, the way the review's 200 MB body was.
  const init = {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: stream,
    duplex: "half",
  };
  return new NextRequest(`${ORIGIN}/api/stripe/webhook`, init as ConstructorParameters<typeof NextRequest>[1]);
}

/** A checked-out order whose session is open in the stand-in, as Stripe would put it in an event. */
async function openOrder() {
  const [variant] = await pickVariants(1, 2);
  const started = await checkout(await cartWith([{ sku: variant!.sku, quantity: 1 }]));
  expect(started.status).toBe(201);
  const orderId = started.body.orderId as string;
  const session = toApiSession(harness.standIn.getSession(started.body.sessionId as string)!, false);
  const paid: Record<string, unknown> = {
    ...session,
    status: "complete",
    payment_status: "paid",
    customer_details: { email: "walker@example.com" },
    payment_intent: "pi_test_1",
  };
  return { orderId, session: paid };
}

async function orderState(orderId: string) {
  const db = getDb();
  return {
    events: await db.stripeEvent.count({ where: { orderId } }),
    emails: await db.outboxEmail.count({ where: { orderId } }),
    status: (await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).status,
  };
}

describe("webhook body size (F4)", () => {
  it("refuses a 20 MB chunked body with 413 after reading no more than about the 512 KB cap", async () => {
    const { stream, counter } = lazyBody(20 * 1024 * 1024);
    const response = await answer(streamedRequest(stream, { "stripe-signature": "t=1700000000,v1=deadbeef" }));
    expect(response).toEqual({ status: 413, body: { error: "payload_too_large" } });
    expect(counter.pulled).toBeGreaterThan(512 * 1024);
    expect(counter.pulled).toBeLessThan(1024 * 1024);
  });

  it("refuses a body without a stripe-signature header with 400 before reading any of it", async () => {
    const { stream, counter } = lazyBody(20 * 1024 * 1024);
    const response = await answer(streamedRequest(stream, {}));
    expect(response).toEqual({
      status: 400,
      body: { error: "invalid_signature", fields: { "stripe-signature": "Missing" } },
    });
    expect(counter.pulled).toBe(0);
  });

  it("still accepts a signed event just under the cap", async () => {
    const info = jest.spyOn(console, "info").mockImplementation(() => {});
    const event = sessionEvent("customer.created", { id: "cus_1", object: "customer", note: "" });
    const padding = 512 * 1024 - Buffer.byteLength(JSON.stringify(event)) - 16;
    const payload = JSON.stringify({ ...event, data: { object: { ...event.data.object, note: "x".repeat(padding) } } });
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(512 * 1024);
    const response = await answer(signedWebhookRequest(payload));
    info.mockRestore();
    expect(response).toEqual({ status: 200, body: { received: true, result: "ignored" } });
  });
});

describe("correctly signed events of the wrong shape (F9)", () => {
  it("answers 400 malformed_event for bodies that aren't a Stripe event we can read, and writes nothing", async () => {
    const { orderId, session } = await openOrder();
    const event = sessionEvent("checkout.session.completed", session);
    const { data: _data, ...withoutData } = event;
    const randomId = Array.from({ length: (200 * 1024) / 8 }, () => Math.random().toString(36).slice(2, 10)).join("");
    const shapes: Record<string, unknown> = {
      "null body": null,
      "array body": [event],
      "no data": withoutData,
      "data.object null": { ...event, data: { object: null } },
      "numeric id": { ...event, id: 123 },
      "array id": { ...event, id: ["evt_1"] },
      "200 KB id": { ...event, id: `evt_${randomId}` },
      "metadata.orderId an object": sessionEvent("checkout.session.completed", {
        ...session,
        metadata: { orderId: { id: orderId } },
      }),
      "amount_total a string": sessionEvent("checkout.session.completed", {
        ...session,
        amount_total: String(session.amount_total),
      }),
      "session without an id": sessionEvent("checkout.session.expired", { ...session, id: undefined }),
    };
    const refused = expectWarning(/^Stripe webhook refused a signed event of the wrong shape: /);
    const eventsBefore = await getDb().stripeEvent.count();
    const answers: Record<string, [number, unknown]> = {};
    for (const [name, shape] of Object.entries(shapes)) {
      const response = await answer(signedWebhookRequest(JSON.stringify(shape)));
      answers[name] = [response.status, response.body.error];
    }
    expect(refused).toHaveLength(Object.keys(shapes).length);
    expect(answers).toEqual(Object.fromEntries(Object.keys(shapes).map((name) => [name, [400, "malformed_event"]])));
    expect(await getDb().stripeEvent.count()).toBe(eventsBefore);
    expect(await orderState(orderId)).toEqual({ events: 0, emails: 0, status: "PENDING" });
  });

  it("names the wrong fields in the 400", async () => {
    const { orderId, session } = await openOrder();
    expectWarning(/^Stripe webhook refused a signed event of the wrong shape: /);
    const nullBody = await answer(signedWebhookRequest("null"));
    const objectOrderId = await answer(
      signedWebhookRequest(
        JSON.stringify(
          sessionEvent("checkout.session.completed", { ...session, metadata: { orderId: { id: orderId } } }),
        ),
      ),
    );
    expect(Object.keys(nullBody.body.fields as object)).toEqual(["_"]);
    expect(Object.keys(objectOrderId.body.fields as object)).toEqual(["data.object.metadata.orderId"]);
  });

  it("runs no handler for event types that are names on Object's prototype: 200 ignored, nothing recorded", async () => {
    const { orderId, session } = await openOrder();
    const info = jest.spyOn(console, "info").mockImplementation(() => {});
    const results: [string, number, unknown][] = [];
    const types = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "__defineGetter__"];
    for (const type of types) {
      const response = await answer(signedWebhookRequest(JSON.stringify(sessionEvent(type, session))));
      results.push([type, response.status, response.body.result]);
    }
    info.mockRestore();
    expect(results).toEqual(types.map((type) => [type, 200, "ignored"]));
    expect(await orderState(orderId)).toEqual({ events: 0, emails: 0, status: "PENDING" });
  });

  it("ignores (200) a readable event whose order id is 100 KB or whose object isn't a session, and writes nothing", async () => {
    const { orderId, session } = await openOrder();
    const ignored = expectWarning(/^Stripe event \S+ \(checkout\.session\.\w+\) ignored: /);
    const hugeOrderId = await answer(
      signedWebhookRequest(
        JSON.stringify(
          sessionEvent("checkout.session.completed", {
            ...session,
            metadata: { orderId: "c".repeat(100 * 1024) },
            client_reference_id: null,
          }),
        ),
      ),
    );
    const notASession = await answer(
      signedWebhookRequest(
        JSON.stringify(
          sessionEvent("checkout.session.completed", { id: "pi_1", object: "payment_intent", metadata: { orderId } }),
        ),
      ),
    );
    const noObjectField = await answer(
      signedWebhookRequest(JSON.stringify(sessionEvent("checkout.session.expired", {}))),
    );
    expect(ignored).toHaveLength(3);
    expect(
      [hugeOrderId, notASession, noObjectField].map((response) => [response.status, response.body.result]),
    ).toEqual([
      [200, "ignored"],
      [200, "ignored"],
      [200, "ignored"],
    ]);
    expect(await orderState(orderId)).toEqual({ events: 0, emails: 0, status: "PENDING" });
    // The genuine event for the same order still applies.
    const genuine = await answer(
      signedWebhookRequest(JSON.stringify(sessionEvent("checkout.session.completed", session))),
    );
    expect([genuine.status, genuine.body.result]).toEqual([200, "applied"]);
    expect(await orderState(orderId)).toMatchObject({ events: 1, status: "PAID" });
  });
});
