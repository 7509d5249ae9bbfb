import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StripeEventSummary } from "@/lib/checkout/stripe-webhook/parse-stripe-event";

/**
 * Stores the event id in the caller's transaction. False means it was already processed: the
 * primary key turns a redelivery into a no-op, and a concurrent copy waits here for the first to
 * commit (or roll back, in which case this copy does the work).
 */
export async function recordEvent(
  tx: Prisma.TransactionClient,
  event: StripeEventSummary,
  orderId: string,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "StripeEvent" ("id", "type", "orderId", "receivedAt") VALUES (${event.id}, ${event.type}, ${orderId}, now())
    ON CONFLICT ("id") DO NOTHING RETURNING "id"`;
  return rows.length === 1;
}
