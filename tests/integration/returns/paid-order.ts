import { getDb } from "@/lib/db";
import { markOrderShipped } from "@/lib/admin/orders/mark-order-shipped";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { waitFor } from "../../support/wait-for";
import type { Harness } from "../stripe/harness";
import { cartWith, checkout, pickVariants } from "../stripe/shop";

/**
 * An order bought through the real checkout and paid on the stand-in (so it has a payment intent
 * Stripe can refund), then shipped by staff unless `ship` is false.
 */
export async function paidOrder(harness: Harness, actor: StaffActor, { quantity = 2, ship = true } = {}) {
  const [variant] = await pickVariants(1, quantity + 2);
  const cookie = await cartWith([{ sku: variant!.sku, quantity }]);
  const started = await checkout(cookie);
  if (started.status !== 201) throw new Error(`checkout failed: ${started.status} ${JSON.stringify(started.body)}`);
  const orderId = started.body.orderId as string;
  await harness.standIn.completeSession(started.body.sessionId as string, { email: "walker@example.com" });
  await waitFor(
    "the order to be paid",
    () => getDb().order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } }),
    (order) => order.status === "PAID",
  );
  if (ship) await markOrderShipped(actor, orderId, { carrier: "ups", trackingNumber: "1Z999AA10123456784" });
  const order = await getDb().order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  return { order, line: order.lines[0]!, variantId: order.lines[0]!.variantId! };
}
