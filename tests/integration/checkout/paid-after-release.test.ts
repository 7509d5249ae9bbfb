/** @jest-environment-options {"template":"seeded"} */
import { cancelOrder } from "@/lib/admin/orders/cancel-order";
import { getDb } from "@/lib/db";
import { syncOrderFromSession } from "@/lib/checkout/sync-order-from-session";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { toApiSession } from "@/scripts/stripe-stand-in/session";
import { expectWarning } from "../../support/expect-warning";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { waitFor } from "../../support/wait-for";
import { sessionEvent, signedWebhookRequest, useStripeHarness } from "../stripe/harness";
import { cartWith, checkout, pickVariants, stockOf } from "../stripe/shop";

// Review finding F3: a staff cancel racing checkout's session attach must never leave a payable
// session on a cancelled order; and any payment that lands after the stock was released is
// recorded on the order, shown to staff, and never described to the shopper as "nothing charged".

const harness = useStripeHarness();
let actor: StaffActor;

beforeAll(async () => {
  const owner = await getDb().staffUser.create({
    data: { email: "owner@example.com", passwordHash: "x", role: "owner" },
  });
  actor = staffActorForTests({ userId: owner.id, email: owner.email, role: "owner" });
});

/** Sessions of this database that are waiting for a row lock right now. */
async function lockWaiters(): Promise<number> {
  const rows = await getDb().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return rows[0]?.count ?? 0;
}

it("a cancel that read 'no session yet' while checkout attached one expires that session before releasing the stock", async () => {
  const [variant] = await pickVariants(1, 2);
  const cookie = await cartWith([{ sku: variant!.sku, quantity: 1 }]);
  // Stripe creates the session but answers 300 ms late, so the order sits PENDING without a session.
  harness.standIn.injectFaults({ kind: "delay", ms: 300, execute: true });
  const started = checkout(cookie);
  const order = await waitFor("the order to be held without a session", () =>
    getDb().order.findFirst({
      where: {
        cartId: { not: null },
        status: "PENDING",
        stripeSessionId: null,
        lines: { some: { sku: variant!.sku } },
      },
    }),
  );

  // A slow database, forced: hold the order row so checkout's attach waits, then let the cancel
  // read the row (no session) and queue its release behind the attach.
  let unlock!: () => void;
  const unlocked = new Promise<void>((resolve) => (unlock = resolve));
  const locking = getDb().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${order.id} FOR UPDATE`;
      await unlocked;
    },
    { timeout: 20_000 },
  );
  await waitFor("checkout's attach to wait for the row lock", lockWaiters, (waiting) => waiting >= 1);
  const cancelling = cancelOrder(actor, order.id).then(
    (result) => ({ ok: true as const, result }),
    (error: Error) => ({ ok: false as const, message: error.message }),
  );
  await waitFor("the cancel to wait for the row lock too", lockWaiters, (waiting) => waiting >= 2);
  unlock();
  await locking;
  const [checkoutResponse, cancelled] = await Promise.all([started, cancelling]);

  expect(checkoutResponse.status).toBe(201);
  const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
  expect(stored.stripeSessionId).toBe(checkoutResponse.body.sessionId);
  const session = harness.standIn.getSession(stored.stripeSessionId as string)!;
  if (stored.status === "CANCELLED") {
    // The cancel won: the session it found on its second read was expired first, so it can't be paid.
    expect(cancelled.ok).toBe(true);
    expect(session.session.status).toBe("expired");
  } else {
    expect(cancelled.ok).toBe(false);
    expect(stored.status).toBe("PENDING");
    expect(session.session.status).toBe("open");
  }
  expect(await stockOf(variant!.sku)).toBe(stored.status === "CANCELLED" ? variant!.stock : variant!.stock - 1);
});

async function releasedOrder() {
  const [variant] = await pickVariants(1, 2);
  const cookie = await cartWith([{ sku: variant!.sku, quantity: 1 }]);
  const started = await checkout(cookie);
  expect(started.status).toBe(201);
  const orderId = started.body.orderId as string;
  const sessionId = started.body.sessionId as string;
  const paidSnapshot = {
    ...toApiSession(harness.standIn.getSession(sessionId)!, false),
    status: "complete",
    payment_status: "paid",
    customer_details: { email: "late@example.com" },
    payment_intent: "pi_late_1",
  };
  await cancelOrder(actor, orderId);
  return { orderId, sessionId, variant: variant!, paidSnapshot };
}

it("a payment that arrives after the stock was released is recorded once, emailed once, and flagged for staff; stock stays released", async () => {
  const { orderId, variant, paidSnapshot } = await releasedOrder();
  const flagged = expectWarning(new RegExp(`^Payment arrived for order ${orderId} after its stock was released`));
  const { POST } = await import("@/app/api/stripe/webhook/route");
  const payload = JSON.stringify(sessionEvent("checkout.session.completed", paidSnapshot));
  const responses = await Promise.all([1, 2, 3].map(() => POST(signedWebhookRequest(payload))));
  expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
  expect(flagged).toHaveLength(1);

  const order = await getDb().order.findUniqueOrThrow({ where: { id: orderId }, include: { emails: true } });
  expect(order.status).toBe("CANCELLED");
  expect(order.paidAfterReleaseAt).toBeInstanceOf(Date);
  expect(order.stripePaymentIntentId).toBe("pi_late_1");
  expect(order.emails.map((email) => [email.kind, email.to])).toEqual([["late_payment", "late@example.com"]]);
  expect(order.emails[0]?.text).toContain("refund the full amount");
  expect(await stockOf(variant.sku)).toBe(variant.stock);

  const { listOrders } = await import("@/lib/admin/orders/list-orders");
  const { parseOrderFilters } = await import("@/lib/admin/orders/order-filters");
  const listed = (await listOrders(actor, parseOrderFilters({}))).orders.find((row) => row.id === orderId);
  expect(listed?.paidAfterReleaseAt).toBeInstanceOf(Date);
});

it("the success page's own check with Stripe records a late payment too, so the shopper is never told nothing was charged", async () => {
  const { orderId, sessionId } = await releasedOrder();
  const flagged = expectWarning(new RegExp(`^Payment arrived for order ${orderId} after its stock was released`));
  // Stripe says the session was paid (the cancel's expire crossed the payment); no webhook yet.
  const stored = harness.standIn.getSession(sessionId)!;
  Object.assign(stored.session, { status: "complete", payment_status: "paid" });
  const order = await getDb().order.findUniqueOrThrow({ where: { id: orderId } });
  expect(
    await syncOrderFromSession({
      id: order.id,
      stripeSessionId: sessionId,
      totalCents: order.totalCents,
      currency: order.currency,
    }),
  ).toBe(true);
  expect(flagged).toHaveLength(1);
  expect((await getDb().order.findUniqueOrThrow({ where: { id: orderId } })).paidAfterReleaseAt).toBeInstanceOf(Date);

  const { default: SuccessPage } = await import("@/app/checkout/success/page");
  const { renderToStaticMarkup } = await import("react-dom/server");
  const html = renderToStaticMarkup(await SuccessPage({ searchParams: Promise.resolve({ session_id: sessionId }) }));
  expect(html).toContain("We received your payment");
  expect(html).not.toContain("Nothing was charged");
});
