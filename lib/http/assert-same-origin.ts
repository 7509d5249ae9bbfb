import { StoreError } from "@/lib/errors/store-error";
import { checkSameOrigin } from "./same-origin";

/**
 * For state-changing route handlers: a 403 `cross_site_request` (thrown, for handleApiError) when
 * the request fails the same-origin rule, before anything is read or written. Logged as a bypass
 * attempt (ASVS 16.3.3) without waiting on the database; `from` names the client when known.
 */
export function assertSameOrigin(request: Request, from?: string): void {
  const verdict = checkSameOrigin(request.headers, request.url);
  if (verdict.ok) return;
  console.warn(
    `Refused cross-site ${request.method} ${new URL(request.url).pathname}${from ? ` from ${from}` : ""}: ${verdict.reason}`,
  );
  throw new StoreError(403, "cross_site_request");
}
