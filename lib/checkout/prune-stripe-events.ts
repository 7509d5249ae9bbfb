import "server-only";
import { getDb } from "@/lib/db";

/**
 * A Stripe event's row is what makes a redelivery of it a no-op (record-event.ts). Stripe retries
 * a delivery for up to 3 days, and an operator can resend one from the dashboard for 30 days, so
 * rows are kept 30 days. An order's status never moves backwards, so even an event replayed later
 * changes nothing; the order page lists the events it still has.
 */
export const STRIPE_EVENT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Deletes processed Stripe events older than the retention; returns how many. */
export async function pruneStripeEvents(now = new Date()): Promise<number> {
  const { count } = await getDb().stripeEvent.deleteMany({
    where: { receivedAt: { lt: new Date(now.getTime() - STRIPE_EVENT_RETENTION_MS) } },
  });
  return count;
}
