import crypto from "node:crypto";
import type { StandInContext } from "../context";
import { parseCoupon } from "../coupons";
import { nowS } from "../events";
import { decodeFormBody } from "../form-body";
import { headerValue, sendJson } from "../http-io";
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
      handle: ({ request, body, url }, response) => {
        const params = decodeFormBody(body);
        const key = headerValue(request, "idempotency-key");
        // Keys are the account's, across endpoints: the path is part of what must match.
        const fingerprint = crypto.createHash("sha256").update(`${url.pathname}\n${body}`).digest("hex");
        const previous = key ? ctx.store.idempotency.get(key) : undefined;
        ctx.requests.push({
          method: "POST",
          path: url.pathname,
          idempotencyKey: key,
          params,
          replayed: Boolean(previous),
        });
        if (previous) {
          if (previous.fingerprint !== fingerprint)
            return sendJson(response, 400, {
              error: {
                type: "idempotency_error",
                message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
              },
            });
          return sendJson(response, previous.status, previous.body, { "Idempotent-Replayed": "true" });
        }
        let result: { status: number; body: unknown };
        try {
          const id = typeof params.id === "string" && params.id !== "" ? params.id : randomId("cpn").slice(0, 12);
          if (ctx.store.coupons.has(id)) invalid("Coupon already exists.", "id");
          const coupon = parseCoupon(params, id, nowS(), invalid);
          ctx.store.coupons.set(id, coupon);
          result = { status: 200, body: coupon };
        } catch (error) {
          if (!(error instanceof StripeRequestError)) throw error;
          result = { status: error.status, body: error.body };
        }
        if (key) ctx.store.idempotency.set(key, { fingerprint, ...result });
        ctx.store.save();
        sendJson(response, result.status, result.body);
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
