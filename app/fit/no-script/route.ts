import { STOREFRONT } from "@/lib/routes/storefront";

/**
 * POST /fit/no-script: where the quiz form posts when its script isn't running (JavaScript off,
 * or a press of Next before the page's script loaded). The answers in the body are never read,
 * stored or echoed; the shopper is sent, by a plain GET that carries nothing, to a page that says
 * the quiz needs JavaScript. Without this the browser's default would be a GET to /fit with every
 * safety answer in the address (decision 0004). The Location is relative: an absolute one built
 * from the request could name another host than the shopper used (localhost for 127.0.0.1), and
 * the CSP's form-action then blocks the redirect.
 */
export function POST() {
  return new Response(null, {
    status: 303,
    headers: { Location: STOREFRONT.fitNeedsJavaScript, "Cache-Control": "no-store" },
  });
}
