import type { StandInContext } from "../context";
import { parseCoupon } from "../coupons";
import { nowS } from "../events";
import { sendJson } from "../http-io";
import { idempotentPost, sendReply } from "../idempotent-post";
import type { Route } from "../router";
import { randomId, StripeRequestError } from "../session";
import { requireCoupon } from "../coupon-lookup";

// The Coupons API the store calls: create (with Stripe's idempotency rules: the same key and body
// replay the first answer, the same key with another body is refused) and retrieve.

function invalid(message: string, param?: string): never {
  throw new StripeRequestError(400, { error: { type: "invalid_request_error", message, ...(param ? { param } : {}) } });
}

export function couponRoutes(ctx: StandInContext): Route[] {
  return [
    {
      method: "POST",
      path: /^\/v1\/coupons$/,
      handle: async ({ request, body, url }, response) => {
        const reply = await idempotentPost(
          ctx,
          { request, path: url.pathname, body },
          {
            endpoint: "coupons",
            execute: ({ params }) => {
              const id = typeof params.id === "string" && params.id !== "" ? params.id : randomId("cpn").slice(0, 12);
              if (ctx.store.coupons.has(id)) invalid("Coupon already exists.", "id");
              const coupon = parseCoupon(params, id, nowS(), invalid);
              ctx.store.coupons.set(id, coupon);
              return coupon;
            },
          },
        );
        sendReply(response, reply);
      },
    },
    {
      method: "GET",
      path: /^\/v1\/coupons\/([A-Za-z0-9_-]+)$/,
      handle: ({ method, url, params }, response) => {
        ctx.requests.push({ method, path: url.pathname, idempotencyKey: null, params: {}, replayed: false });
        sendJson(response, 200, requireCoupon(ctx, params[0] as string));
      },
    },
  ];
}
