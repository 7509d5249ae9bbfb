import "server-only";
import { accessTokenMatches } from "@/lib/orders/order-access";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runTransaction } from "@/lib/run-transaction";
import { returnStatusHref } from "@/lib/routes/storefront";
import { getStoreSettings } from "@/lib/settings/get-store-settings";
import { holdExchangePairs, type ExchangeWanted } from "./hold-exchange-pairs";
import { queueReturnEmail } from "./queue-return-email";
import { returnRequestedEmailText } from "./return-emails";
import { returnRefused } from "./return-error";
import { returnRequestSchema } from "./return-request-schema";
import { returnablePairs, returnWindowEnd } from "./returnable-pairs";

export type RequestedReturn = { id: string; returnNumber: number; emailQueued: boolean };

/**
 * A shopper starts a return (decision 0022). One transaction, with the order's row locked, so two
 * submissions at once can't send the same pair back twice: the order link's token, the window
 * (days since shipping, from the store settings) and each line's remaining pairs are checked here
 * on the server, whatever the form allowed. An exchange holds its new pairs in the same
 * transaction with checkout's conditional decrement, so the last pair of a size is held once. The
 * return's email is written to the outbox in the same commit.
 */
export async function requestReturn(
  orderId: string,
  token: string | null | undefined,
  input: unknown,
  now = new Date(),
): Promise<RequestedReturn> {
  const request = returnRequestSchema.parse(input);
  const created = await runTransaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order || !accessTokenMatches(order.accessToken, token))
      throw returnRefused(404, "not_found", "We couldn't find that order. Use the link from your email.");
    if (order.status !== "SHIPPED" || !order.shippedAt)
      throw returnRefused(
        409,
        "not_shipped",
        "This order hasn't shipped yet, so there is nothing to send back. To change or cancel it, reply to your order email.",
      );
    const settings = await getStoreSettings(tx);
    if (now > returnWindowEnd(order.shippedAt, settings.returnWindowDays))
      throw returnRefused(
        409,
        "window_closed",
        `Returns can be started up to ${settings.returnWindowDays} days after an order ships, and that time has passed for this order.`,
      );
    if (request.resolution === "refund" && order.totalCents === 0)
      throw returnRefused(
        409,
        "nothing_paid",
        "This order was an exchange sent at no charge, so there is no payment to refund. Choose an exchange, or reply to your order email.",
        "resolution",
      );

    const lines = await tx.orderLine.findMany({
      where: { orderId },
      select: {
        id: true,
        quantity: true,
        variantId: true,
        returnLines: { select: { quantity: true, return: { select: { status: true } } } },
      },
    });
    const left = returnablePairs(
      lines,
      lines.flatMap((line) =>
        line.returnLines.map((r) => ({ orderLineId: line.id, quantity: r.quantity, status: r.return.status })),
      ),
    );
    const chosen = request.lines.map((line, index) => ({ ...line, index })).filter((line) => line.quantity > 0);
    const seen = new Set<string>();
    const wanted: ExchangeWanted[] = [];
    for (const line of chosen) {
      const field = `lines.${line.index}.quantity`;
      const orderLine = lines.find((candidate) => candidate.id === line.orderLineId);
      if (!orderLine || seen.has(line.orderLineId))
        throw returnRefused(400, "unknown_line", "That pair isn't part of this order.", field);
      seen.add(line.orderLineId);
      const remaining = left.get(line.orderLineId) ?? 0;
      if (line.quantity > remaining)
        throw returnRefused(
          409,
          "already_returned",
          remaining === 0
            ? "These pairs are already on a return."
            : `Only ${remaining} of these pairs can still be returned.`,
          field,
        );
      if (request.resolution === "exchange")
        wanted.push({
          index: line.index,
          fromVariantId: orderLine.variantId,
          toVariantId: line.exchangeVariantId,
          quantity: line.quantity,
        });
    }
    if (wanted.length > 0) await holdExchangePairs(tx, wanted);

    const created = await tx.returnRequest.create({
      data: {
        orderId,
        resolution: request.resolution,
        comment: request.comment === "" ? null : request.comment,
        lines: {
          create: chosen.map((line) => ({
            orderLineId: line.orderLineId,
            quantity: line.quantity,
            reason: line.reason as Exclude<typeof line.reason, "">,
            exchangeVariantId: request.resolution === "exchange" ? line.exchangeVariantId : null,
          })),
        },
      },
      select: { id: true, returnNumber: true },
    });
    const email = await returnRequestedEmailText(tx, created.id, settings.returnAddress);
    const emailQueued = await queueReturnEmail(tx, {
      kind: `return_requested:${created.id}`,
      orderId,
      to: order.email,
      ...email,
      link: returnStatusHref(order, created.id),
    });
    return { ...created, emailQueued };
  });
  if (created.emailQueued) await enqueueOutboxDelivery();
  return created;
}

type LockedOrder = {
  id: string;
  accessToken: string;
  status: string;
  shippedAt: Date | null;
  email: string | null;
  totalCents: number;
};

/** The order's row, locked until the transaction ends: returns of one order go one at a time. */
async function lockOrder(tx: Prisma.TransactionClient, orderId: string): Promise<LockedOrder | null> {
  if (!/^[a-z0-9]{10,40}$/.test(orderId)) return null;
  const rows = await tx.$queryRaw<LockedOrder[]>`
    SELECT "id", "accessToken", "status"::text AS "status", "shippedAt", "email", "totalCents"
    FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  return rows[0] ?? null;
}
