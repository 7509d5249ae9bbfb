import { siteOrigin } from "@/lib/site";
import { checkSameOrigin } from "@/lib/http/same-origin";

/**
 * The origin to send a shopper back to after a page on another site (Stripe's payment page): the
 * one their browser addressed, as its Origin header names it, when that is one of the store's own
 * (checkSameOrigin's rule). A store opened as http://127.0.0.1:3000 while SITE_URL says
 * localhost would otherwise come back under another host name, without its cart cookie. Requests
 * without an Origin (curl, other servers) get SITE_URL's.
 */
export function returnOriginFor(headers: Headers): string {
  const origin = headers.get("origin");
  if (origin && origin !== "null" && checkSameOrigin(headers).ok) return origin;
  return siteOrigin();
}
