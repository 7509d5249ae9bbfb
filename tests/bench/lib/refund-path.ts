import os from "node:os";
import Stripe from "stripe";
import type { StoredEvent } from "../../../scripts/stripe-stand-in/store";
import { allowServerOnlyImports } from "../../../scripts/lib/allow-server-only";
import { standInAppEnv } from "../../../scripts/stripe-stand-in/app-env";
import type { BenchStore } from "./bench-store";
import { markdownTable } from "./cli";
import { percentile } from "./load-route";

// The refund path of decision 0022 under concurrent returns, on a running bench store: orders
// bought over HTTP and paid on the Stripe stand-in (so each has a payment intent to refund), shipped
// by staff, then at once, for every order: the shopper's return request, staff receiving it and
// refunding it (the store's lib functions, in this process, as the Server Actions call them; the
// refund is a real stripe-node call to the stand-in), and the stand-in's refund.created and
// charge.refunded events delivered signed to the app's webhook route, until the order shows the
// refund Stripe reports. Timed next to /robots.txt on the same server in the same run (these
// machines are shared and noisy: the ratio is what counts), and checked: one refund per return at
// the stand-in, never more than the order paid.

export type RefundPathOptions = { returns: number };

type Sample = { ms: number; ok: boolean };

export type RefundPathResult = {
  returns: number;
  /** Request → receive → refund → webhooks applied, per return. */
  path: Sample[];
  requestReturn: Sample[];
  receiveReturn: Sample[];
  refundReturn: Sample[];
  /** Each webhook POST (two per return). */
  webhook: Sample[];
  /** GET /robots.txt right before each return's path. */
  robots: Sample[];
  /** What was wrong, if anything (an empty list: every check passed). */
  problems: string[];
  refundedCents: number;
  paidCents: number;
};

type Lib = Awaited<ReturnType<typeof loadLib>>;

/**
 * Points this process's copy of the store's lib/ at the bench store (its database, the stand-in,
 * its outbox), then loads it: lib/ reads its settings once, on first use.
 */
async function loadLib(store: BenchStore) {
  Object.assign(process.env, {
    DATABASE_URL: store.databaseUrl,
    SITE_URL: store.origin,
    EMAIL_OUTBOX_DIR: store.outboxDir,
    ...standInAppEnv({ port: store.standIn.port, webhookSecret: store.webhookSecret }),
  });
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.SMTP_URL;
  allowServerOnlyImports();
  const [db, staff, shipping, returns, receiving, refunding, actors] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/staff/insert-staff-user"),
    import("@/lib/admin/orders/mark-order-shipped"),
    import("@/lib/returns/request-return"),
    import("@/lib/admin/returns/receive-return"),
    import("@/lib/admin/returns/refund-return"),
    import("../../support/staff-actor-for-tests"),
  ]);
  return {
    getDb: db.getDb,
    insertStaffUser: staff.insertStaffUser,
    markOrderShipped: shipping.markOrderShipped,
    requestReturn: returns.requestReturn,
    receiveReturn: receiving.receiveReturn,
    refundReturn: refunding.refundReturn,
    staffActorForTests: actors.staffActorForTests,
  };
}

/** A stand-in event delivered as its webhook sender would: pretty-printed, freshly signed. */
async function deliver(store: BenchStore, stored: StoredEvent): Promise<Sample & { status: number }> {
  const payload = JSON.stringify(stored.event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: store.webhookSecret });
  const started = performance.now();
  const response = await fetch(`${store.origin}/api/stripe/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signature },
    body: payload,
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.ok) stored.delivered = true;
  return { ms, ok: response.ok, status: response.status };
}

type EventObject = { id: string; payment_intent?: string | null; metadata?: Record<string, string> };

const eventObject = (stored: StoredEvent) => (stored.event.data as { object: EventObject }).object;

async function timedRobots(origin: string): Promise<Sample> {
  const started = performance.now();
  const response = await fetch(`${origin}/robots.txt`);
  await response.arrayBuffer();
  return { ms: performance.now() - started, ok: response.ok };
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

type ShippedOrder = { id: string; accessToken: string; lineId: string; totalCents: number; paymentIntent: string };

/** One order of one pair, through the real checkout, paid on the stand-in and shipped by staff (untimed). */
async function shippedOrder(
  store: BenchStore,
  lib: Lib,
  actor: Parameters<Lib["markOrderShipped"]>[0],
  sku: string,
): Promise<ShippedOrder> {
  const added = await fetch(`${store.origin}/api/cart/items`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sku, quantity: 1 }),
  });
  const cart = /cart_id=([^;]+)/.exec(added.headers.get("set-cookie") ?? "")?.[1];
  if (added.status !== 201 || !cart) throw new Error(`add to cart answered ${added.status}: ${await added.text()}`);
  const checkout = await fetch(`${store.origin}/api/checkout`, {
    method: "POST",
    headers: { cookie: `cart_id=${cart}` },
  });
  const started = (await checkout.json()) as { orderId?: string; sessionId?: string };
  if (checkout.status !== 201 || !started.orderId || !started.sessionId)
    throw new Error(`checkout answered ${checkout.status}: ${JSON.stringify(started)}`);
  const eventsBefore = store.standIn.events.length;
  store.standIn.completeSession(started.sessionId, { email: "bench-returns@example.com" });
  for (const stored of store.standIn.events.slice(eventsBefore)) {
    const sent = await deliver(store, stored);
    if (!sent.ok) throw new Error(`the ${stored.event.type} webhook answered ${sent.status}`);
  }
  const db = lib.getDb();
  const paid = await db.order.findUniqueOrThrow({
    where: { id: started.orderId },
    select: { status: true, stripePaymentIntentId: true, accessToken: true, totalCents: true, lines: true },
  });
  if (paid.status !== "PAID" || !paid.stripePaymentIntentId || paid.lines.length !== 1)
    throw new Error(`order ${started.orderId} is ${paid.status} after its payment`);
  await lib.markOrderShipped(actor, started.orderId, { carrier: "ups", trackingNumber: "1Z999AA10123456784" });
  return {
    id: started.orderId,
    accessToken: paid.accessToken,
    lineId: paid.lines[0]!.id,
    totalCents: paid.totalCents,
    paymentIntent: paid.stripePaymentIntentId,
  };
}

/** Prepares the orders (untimed), runs one warm-up return, then every return at once. */
export async function measureRefundPath(
  store: BenchStore,
  options: RefundPathOptions,
  step: (text: string) => () => void,
): Promise<RefundPathResult> {
  const lib = await loadLib(store);
  const db = lib.getDb();
  try {
    const user = await lib.insertStaffUser(
      db,
      { email: `bench-returns-${Date.now()}@example.com`, password: "a long bench returns passphrase", role: "staff" },
      { via: "cli" },
    );
    const actor = lib.staffActorForTests({ userId: user.id, email: user.email, role: user.role });
    const skus = (
      await db.variant.findMany({
        where: { id: { not: { startsWith: "bv-" } }, stock: { gte: 10 } },
        select: { sku: true },
        orderBy: { sku: "asc" },
        take: 200,
      })
    ).map((variant) => variant.sku);
    if (skus.length === 0) throw new Error("No demo variants in stock to buy.");

    let done = step(`Refund path: ${options.returns + 1} orders bought, paid on the stand-in and shipped`);
    const orders: ShippedOrder[] = [];
    for (let i = 0; i <= options.returns; i++)
      orders.push(await shippedOrder(store, lib, actor, skus[(i * 7) % skus.length] as string));
    done();

    const result: RefundPathResult = {
      returns: options.returns,
      path: [],
      requestReturn: [],
      receiveReturn: [],
      refundReturn: [],
      webhook: [],
      robots: [],
      problems: [],
      refundedCents: 0,
      paidCents: 0,
    };
    const timed = async <T>(list: Sample[] | null, run: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        const value = await run();
        list?.push({ ms: performance.now() - started, ok: true });
        return value;
      } catch (error) {
        list?.push({ ms: performance.now() - started, ok: false });
        throw error;
      }
    };

    /** One return's whole path; `measured` false for the warm-up. */
    const refundOne = async (order: ShippedOrder, measured: boolean) => {
      const samples = (list: Sample[]) => (measured ? list : null);
      if (measured) result.robots.push(await timedRobots(store.origin));
      const started = performance.now();
      const requested = await timed(samples(result.requestReturn), () =>
        lib.requestReturn(order.id, order.accessToken, {
          resolution: "refund",
          comment: "",
          lines: [{ orderLineId: order.lineId, quantity: 1, reason: "too_small", exchangeVariantId: "" }],
        }),
      );
      await timed(samples(result.receiveReturn), async () => {
        const lines = await db.returnLine.findMany({ where: { returnId: requested.id }, select: { id: true } });
        return lib.receiveReturn(actor, requested.id, {
          lines: lines.map((line) => ({ returnLineId: line.id, resellableQuantity: 1 })),
        });
      });
      const refund = await timed(samples(result.refundReturn), () => lib.refundReturn(actor, requested.id));
      if (refund.outcome.result !== "accepted")
        throw new Error(`The refund of order ${order.id} was not accepted: ${JSON.stringify(refund.outcome)}`);
      // Stripe's events for this refund: refund.created names the store's row, charge.refunded the payment.
      const events = store.standIn.events.filter((stored) => {
        const object = eventObject(stored);
        return (
          !stored.delivered &&
          ((stored.event.type === "refund.created" && object.metadata?.refund_id === refund.refundId) ||
            (stored.event.type === "charge.refunded" && object.payment_intent === order.paymentIntent))
        );
      });
      for (const stored of events) {
        const sent = await deliver(store, stored);
        if (measured) result.webhook.push(sent);
        if (!sent.ok) throw new Error(`The ${stored.event.type} webhook answered ${sent.status}`);
      }
      await waitUntil(`order ${order.id} to show its refund`, async () => {
        const found = await db.order.findUniqueOrThrow({
          where: { id: order.id },
          select: { stripeRefundedCents: true },
        });
        return found.stripeRefundedCents === refund.amountCents;
      });
      if (measured) result.path.push({ ms: performance.now() - started, ok: true });
    };

    done = step("Refund path: warming up with one return");
    await refundOne(orders[0]!, false);
    done();
    const measured = orders.slice(1);
    done = step(`Refund path: ${measured.length} returns at once (request → receive → refund → webhooks)`);
    const outcomes = await Promise.allSettled(measured.map((order) => refundOne(order, true)));
    done();
    for (const outcome of outcomes)
      if (outcome.status === "rejected")
        result.problems.push(outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason));

    // Every return refunded once, at the stand-in and in the store, never above what was paid.
    const ids = measured.map((order) => order.id);
    const refunds = await db.refund.findMany({
      where: { orderId: { in: ids } },
      select: { orderId: true, amountCents: true, status: true, stripeRefundId: true },
    });
    const atStripe = store.standIn
      .refunds()
      .filter((made) => measured.some((o) => o.paymentIntent === made.payment_intent));
    const refundPosts = store.standIn.requests.filter(
      (request) => request.method === "POST" && request.path === "/v1/refunds" && !request.replayed,
    ).length;
    const returned = await db.returnRequest.count({ where: { orderId: { in: ids }, status: "REFUNDED" } });
    const shown = await db.order.findMany({
      where: { id: { in: ids } },
      select: { id: true, stripeRefundedCents: true },
    });
    if (refunds.length !== measured.length || refunds.some((refund) => refund.status !== "succeeded"))
      result.problems.push(`${refunds.length} refund rows (expected ${measured.length}, all succeeded)`);
    if (atStripe.length !== measured.length)
      result.problems.push(`${atStripe.length} refunds at the stand-in (expected ${measured.length})`);
    // The warm-up made one more.
    if (refundPosts !== measured.length + 1)
      result.problems.push(`${refundPosts} refunds created at the stand-in (expected ${measured.length + 1})`);
    if (returned !== measured.length)
      result.problems.push(`${returned} returns refunded (expected ${measured.length})`);
    for (const order of measured) {
      const mine = atStripe.filter((made) => made.payment_intent === order.paymentIntent);
      const total = mine.reduce((sum, made) => sum + made.amount, 0);
      const row = refunds.find((refund) => refund.orderId === order.id);
      if (mine.length !== 1) result.problems.push(`order ${order.id}: ${mine.length} refunds at the stand-in`);
      if (total > order.totalCents) result.problems.push(`order ${order.id}: refunded ${total} of ${order.totalCents}`);
      if (row && (row.stripeRefundId !== mine[0]?.id || row.amountCents !== total))
        result.problems.push(`order ${order.id}: the store's refund doesn't match the stand-in's`);
      if (shown.find((found) => found.id === order.id)?.stripeRefundedCents !== total)
        result.problems.push(`order ${order.id}: charge.refunded not applied`);
    }
    result.refundedCents = atStripe.reduce((sum, made) => sum + made.amount, 0);
    result.paidCents = measured.reduce((sum, order) => sum + order.totalCents, 0);
    return result;
  } finally {
    await db.$disconnect();
  }
}

const stats = (list: Sample[]) => {
  const sorted = list.map((sample) => sample.ms).sort((a, b) => a - b);
  return {
    n: list.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    bad: list.filter((sample) => !sample.ok).length,
  };
};

/** The demo store sells in dollars. */
const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** The result as the checkout bench prints its rows: p50 and p95 next to /robots.txt in the same run. */
export function formatRefundPath(result: RefundPathResult): string {
  const robots = stats(result.robots);
  const rows: [string, ReturnType<typeof stats>][] = [
    ["refund path: request → receive → refund → webhooks applied", stats(result.path)],
    ["  requestReturn (order lock, checks, outbox)", stats(result.requestReturn)],
    ["  receiveReturn (restock, audit, outbox)", stats(result.receiveReturn)],
    ["  refundReturn (refund row, then stripe-node → stand-in)", stats(result.refundReturn)],
    ["  POST /api/stripe/webhook (refund.created, charge.refunded)", stats(result.webhook)],
  ];
  const table = markdownTable(
    ["step", "n", "p50 ms", "p95 ms", "robots.txt p50 / p95 ms (same phase)", "p50 vs robots", "failures"],
    rows.map(([name, row]) => [
      name,
      String(row.n),
      row.p50.toFixed(1),
      row.p95.toFixed(1),
      `${robots.p50.toFixed(1)} / ${robots.p95.toFixed(1)}`,
      `${(row.p50 / robots.p50).toFixed(1)}×`,
      String(row.bad),
    ]),
  );
  const checks =
    result.problems.length === 0
      ? `Checked: ${result.returns} refunds, each made once at the stand-in and applied by its charge.refunded webhook; ${dollars(result.refundedCents)} refunded of ${dollars(result.paidCents)} paid (no order above what it paid).`
      : `CHECKS FAILED:\n${result.problems.map((problem) => `- ${problem}`).join("\n")}`;
  return [
    `${result.returns} concurrent returns, refund resolution, one pair each, ${os.cpus().length} CPUs`,
    "",
    table,
    "",
    checks,
  ].join("\n");
}
