/** @jest-environment-options {"template":"seeded"} */
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { placeHold } from "@/lib/checkout/place-hold";
import { ABANDONED_AFTER_MS } from "@/lib/checkout/release-abandoned-holds";
import { useJobRunner } from "../../support/job-runner";
import { waitFor } from "../../support/wait-for";
import { pickVariants, stockOf } from "../stripe/shop";

// Case 32 (and 29: stock stays exact): a checkout abandoned before it reached Stripe gets its stock
// back from the job runner on time, whether or not anyone else is shopping. The runner runs its
// production schedule (the release every minute: pg-boss files cron occurrences in one-minute slots,
// so no test timetable can be quicker), which makes this test wait for a minute's tick. Nothing in
// this file calls into the store after the holds are placed.

const jobs = useJobRunner();

afterAll(async () => {
  await getDb().$disconnect();
});

/** A PENDING order holding `quantity` pairs of a fresh variant, made `ageMs` ago, as checkout leaves it. */
async function heldOrder(sku: string, quantity: number, ageMs: number) {
  const db = getDb();
  const variant = await db.variant.findUniqueOrThrow({ where: { sku } });
  const cart = await db.cart.create({
    data: { id: randomUUID(), lines: { create: [{ variantId: variant.id, quantity }] } },
  });
  const { order } = await placeHold(cart.id, "203.0.113.40");
  await db.order.update({ where: { id: order.id }, data: { createdAt: new Date(Date.now() - ageMs) } });
  return order.id;
}

const orderRow = (id: string) => getDb().order.findUniqueOrThrow({ where: { id } });

/** The schedule's promise: released within a minute of becoming abandoned, plus the runner's own lag. */
const ON_TIME_MS = 60_000 + 5_000;

it(
  "case 32: an abandoned hold is released by the runner on time, with no other request, and stock is exact",
  async () => {
    expect(jobs.runner).not.toBeNull();
    const [abandoned, soon, fresh, atStripe] = await pickVariants(4, 3);
    const abandonedId = await heldOrder(abandoned!.sku, 2, ABANDONED_AFTER_MS + 60_000);
    // Becomes abandoned five seconds from now: released within a minute after that, and not before.
    const soonId = await heldOrder(soon!.sku, 1, ABANDONED_AFTER_MS - 5_000);
    const freshId = await heldOrder(fresh!.sku, 1, 0);
    // Old, but it reached Stripe: its session's own expiry releases it, never this job.
    const atStripeId = await heldOrder(atStripe!.sku, 1, ABANDONED_AFTER_MS + 60_000);
    await getDb().order.update({ where: { id: atStripeId }, data: { stripeSessionId: "cs_test_held_at_stripe" } });

    const released = await waitFor(
      "the abandoned hold's release",
      () => orderRow(abandonedId),
      (row) => row.stockReleasedAt !== null,
      { timeoutMs: ON_TIME_MS, intervalMs: 250 },
    );
    expect(released.status).toBe("FAILED");
    expect(await stockOf(abandoned!.sku)).toBe(abandoned!.stock);

    const soonRow = await orderRow(soonId);
    const soonAbandonedAt = soonRow.createdAt.getTime() + ABANDONED_AFTER_MS;
    const releasedSoon = await waitFor(
      "the second hold's release once it is abandoned",
      () => orderRow(soonId),
      (row) => row.stockReleasedAt !== null,
      { timeoutMs: soonAbandonedAt + ON_TIME_MS - Date.now(), intervalMs: 250 },
    );
    expect(releasedSoon.status).toBe("FAILED");
    const releasedAt = releasedSoon.stockReleasedAt!.getTime();
    expect(releasedAt).toBeGreaterThanOrEqual(soonAbandonedAt);
    expect(releasedAt).toBeLessThanOrEqual(soonAbandonedAt + ON_TIME_MS);
    expect(await stockOf(soon!.sku)).toBe(soon!.stock);

    // Released once; the hold that is still fresh and the one at Stripe keep their pairs.
    expect(await stockOf(abandoned!.sku)).toBe(abandoned!.stock);
    expect(await orderRow(freshId)).toMatchObject({ status: "PENDING", stockReleasedAt: null });
    expect(await stockOf(fresh!.sku)).toBe(fresh!.stock - 1);
    expect(await orderRow(atStripeId)).toMatchObject({ status: "PENDING", stockReleasedAt: null });
    expect(await stockOf(atStripe!.sku)).toBe(atStripe!.stock - 1);
  },
  3 * 60_000,
);
