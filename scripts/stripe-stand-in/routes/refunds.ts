import type { StandInContext } from "../context";
import { decodeFormBody } from "../form-body";
import { sendJson } from "../http-io";
import { idempotentPost, sendReply } from "../idempotent-post";
import { createRefund, refundsMatching, requireRefund } from "../refunds";
import type { Route } from "../router";
import { StripeRequestError } from "../session";

// The Refunds API the store calls: create (idempotent, and where tests aim refund faults),
// retrieve, and list by payment_intent or charge, newest first, a page at a time.

const MAX_PAGE = 100;

export function refundRoutes(ctx: StandInContext): Route[] {
  return [
    {
      method: "POST",
      path: /^\/v1\/refunds$/,
      handle: async ({ request, body, url }, response) => {
        const reply = await idempotentPost(
          ctx,
          { request, path: url.pathname, body },
          {
            endpoint: "refunds",
            execute: ({ params, idempotencyKey }) => createRefund(ctx, params, idempotencyKey),
          },
        );
        sendReply(response, reply);
      },
    },
    {
      method: "GET",
      path: /^\/v1\/refunds$/,
      handle: ({ method, url }, response) => {
        const query = decodeFormBody(url.search.slice(1));
        ctx.requests.push({ method, path: url.pathname, idempotencyKey: null, params: query, replayed: false });
        const single = (name: string) => {
          const value = query[name];
          if (value === undefined || value === "") return null;
          if (typeof value !== "string") return badQuery(`Invalid string: ${name}.`, name);
          return value;
        };
        const limitText = single("limit") ?? "10";
        const limit = Number(limitText);
        if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_PAGE)
          badQuery(`Invalid integer: limit must be between 1 and ${MAX_PAGE}.`, "limit");
        let refunds = refundsMatching(ctx, { paymentIntent: single("payment_intent"), charge: single("charge") });
        const after = single("starting_after");
        if (after) {
          requireRefund(ctx, after);
          refunds = refunds.slice(refunds.findIndex((refund) => refund.id === after) + 1);
        }
        sendJson(response, 200, {
          object: "list",
          data: refunds.slice(0, limit),
          has_more: refunds.length > limit,
          url: "/v1/refunds",
        });
      },
    },
    {
      method: "GET",
      path: /^\/v1\/refunds\/([A-Za-z0-9_]+)$/,
      handle: ({ method, url, params }, response) => {
        ctx.requests.push({ method, path: url.pathname, idempotencyKey: null, params: {}, replayed: false });
        sendJson(response, 200, requireRefund(ctx, params[0] as string));
      },
    },
  ];
}

function badQuery(message: string, param: string): never {
  throw new StripeRequestError(400, { error: { type: "invalid_request_error", message, param } });
}
