import type { StandInContext } from "../context";
import { headerValue, sendJson } from "../http-io";
import { sendReply } from "../idempotent-post";
import type { Route } from "../router";
import { toApiSession } from "../session";
import { expireSession, requireSession } from "../session-lifecycle";
import { createCheckoutSession } from "./create-checkout-session";

// The Checkout Sessions API the store calls: create, retrieve (optionally with line_items
// expanded) and expire. Mounted behind the API key check.

export function checkoutSessionRoutes(ctx: StandInContext): Route[] {
  return [
    {
      method: "POST",
      path: /^\/v1\/checkout\/sessions$/,
      handle: async ({ request, body }, response) => {
        sendReply(response, await createCheckoutSession(ctx, request, body));
      },
    },
    {
      method: "GET",
      path: /^\/v1\/checkout\/sessions\/([A-Za-z0-9_]+)$/,
      handle: ({ method, url, params }, response) => {
        ctx.requests.push({ method, path: url.pathname, idempotencyKey: null, params: {}, replayed: false });
        const expand = url.searchParams.getAll("expand[]").concat(url.searchParams.getAll("expand[0]"));
        const stored = requireSession(ctx, params[0] as string);
        sendJson(response, 200, toApiSession(stored, expand.includes("line_items"), ctx.payPageBase));
      },
    },
    {
      method: "POST",
      path: /^\/v1\/checkout\/sessions\/([A-Za-z0-9_]+)\/expire$/,
      handle: ({ method, url, request, params }, response) => {
        ctx.requests.push({
          method,
          path: url.pathname,
          idempotencyKey: headerValue(request, "idempotency-key"),
          params: {},
          replayed: false,
        });
        sendJson(response, 200, toApiSession(expireSession(ctx, params[0] as string), false, ctx.payPageBase));
      },
    },
  ];
}
