import { isDatabaseUnavailable } from "@/lib/errors/is-database-unavailable";
import { noteDatabaseUnavailable } from "@/lib/http/database-outage";

/**
 * Next calls this for every error thrown while rendering a page or running a route. A page that
 * failed because the database is down marks the outage, so the proxy answers the following page
 * requests with 503 (lib/http/database-outage.ts).
 */
export function onRequestError(error: unknown): void {
  if (isDatabaseUnavailable(error)) noteDatabaseUnavailable();
}
