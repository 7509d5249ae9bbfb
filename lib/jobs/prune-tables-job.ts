import "server-only";
import { pruneAbandonedCarts } from "@/lib/cart/prune-abandoned-carts";
import { pruneCatalogChanges } from "@/lib/catalog/prune-catalog-changes";
import { pruneStripeEvents } from "@/lib/checkout/prune-stripe-events";
import { pruneSentEmails } from "@/lib/email/prune-sent-emails";
import { pruneLoginAttempts } from "@/lib/staff/prune-login-attempts";
import { pruneStaffSessions } from "@/lib/staff/prune-staff-sessions";

/**
 * PRUNE_TABLES, hourly: each table that grows with use loses the rows it no longer needs, by the
 * retention its own module sets and explains. Orders, their lines and the audit log are never
 * pruned; neither are saved quiz results, whose share links have no expiry (product spec §6.5).
 * Returns how many rows went from each table (the job's output).
 */
export async function pruneTablesJob() {
  const now = new Date();
  return {
    catalogChanges: await pruneCatalogChanges(now),
    loginAttempts: await pruneLoginAttempts(now),
    staffSessions: await pruneStaffSessions(now),
    carts: await pruneAbandonedCarts(now),
    stripeEvents: await pruneStripeEvents(now),
    sentEmails: await pruneSentEmails(now),
  };
}
