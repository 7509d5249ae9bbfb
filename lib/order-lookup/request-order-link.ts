import "server-only";
import { getDb } from "@/lib/db";
import { orderLookupText } from "@/lib/email/order-lookup-text";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { siteOrigin, storeName } from "@/lib/site";

export const ORDER_LOOKUP = "order_lookup";

/** At most this many lookup emails per order per clock hour, however many addresses ask. */
export const LOOKUP_EMAILS_PER_ORDER_PER_HOUR = 3;

/**
 * The cap's key for a request that matches no order: a miss runs the same statements as a hit,
 * on a row no order can have (order ids are cuids), so both take about as long.
 */
const NO_ORDER = "-";

/**
 * /orders/find: emails the order's private link to the order's own address when `email` and
 * `orderNumber` belong to one order. Returns nothing, on purpose: the caller gives the same
 * answer either way. The per-order cap is one conditional upsert, so concurrent requests can't
 * pass it together. The email is in the outbox when the transaction commits, and the runner is
 * asked to send it after (asked for a miss too: the same work, and a no-op).
 */
export async function requestOrderLink(input: { email: string; orderNumber: number }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const order = await tx.order.findUnique({
      where: { orderNumber: input.orderNumber },
      select: { id: true, orderNumber: true, accessToken: true, email: true },
    });
    const match = order?.email && order.email.trim().toLowerCase() === input.email.trim().toLowerCase() ? order : null;
    const key = match ? match.id : NO_ORDER;
    await tx.$executeRaw`
      DELETE FROM "OrderLookupWindow" WHERE "orderId" = ${key} AND "windowStart" < date_trunc('hour', now() AT TIME ZONE 'UTC')`;
    const claimed = await tx.$queryRaw<{ sent: number }[]>`
      INSERT INTO "OrderLookupWindow" ("orderId", "windowStart", "sent")
      VALUES (${key}, date_trunc('hour', now() AT TIME ZONE 'UTC'), 1)
      ON CONFLICT ("orderId", "windowStart")
      DO UPDATE SET "sent" = "OrderLookupWindow"."sent" + 1
      WHERE "OrderLookupWindow"."sent" < ${LOOKUP_EMAILS_PER_ORDER_PER_HOUR}
      RETURNING "sent"`;
    if (!match?.email || claimed.length === 0) return;
    const { subject, text, html } = orderLookupText(match, storeName(), siteOrigin());
    // No orderId: the (orderId, kind) unique index allows one email of a kind per order, and an
    // order may get a few of these. The cap above is what limits them.
    await tx.outboxEmail.create({ data: { kind: ORDER_LOOKUP, orderId: null, to: match.email, subject, text, html } });
  });
  await enqueueOutboxDelivery();
}
