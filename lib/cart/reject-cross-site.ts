import { assertSameOrigin } from "@/lib/http/assert-same-origin";

/**
 * State-changing cart/checkout routes only accept same-origin requests (the store's one rule,
 * lib/http/same-origin.ts): a browser on another site can't add to, or check out, a shopper's
 * cart through their cookie. Throws a 403 StoreError.
 */
export function rejectCrossSite(request: Request): void {
  assertSameOrigin(request);
}
