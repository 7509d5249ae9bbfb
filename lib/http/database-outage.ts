import { remember } from "@/lib/remember";

// The App Router gives a page no way to choose its HTTP status: a page whose data can't be read
// because PostgreSQL is down is answered 500 with the error page. So each process remembers an
// outage for a few seconds after it last saw one (from an API route or a failed page render,
// see instrumentation.ts), and meanwhile proxy.ts answers page requests with 503 and Retry-After
// instead of rendering them. Any query that succeeds (API routes keep trying the database) ends
// the hold at once; without one it ends after HOLD_MS, and the next page tries the database.

const HOLD_MS = 5_000;
export const OUTAGE_RETRY_AFTER_S = 5;

// Process-wide (remember): the proxy, route handlers and pages are bundled separately but share it.
const holder = remember("databaseOutage", (): { databaseDownUntil?: number } => ({}));

export function noteDatabaseUnavailable(): void {
  holder.databaseDownUntil = Date.now() + HOLD_MS;
}

/** Called after a query succeeds: pages are rendered again from the next request. */
export function noteDatabaseAvailable(): void {
  if (holder.databaseDownUntil !== undefined) holder.databaseDownUntil = undefined;
}

export function isDatabaseKnownDown(): boolean {
  return (holder.databaseDownUntil ?? 0) > Date.now();
}
