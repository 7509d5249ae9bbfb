import type { StandInContext } from "../context";
import { sendJson } from "../http-io";
import { requireCharge, requirePaymentIntent, toApiCharge, toApiPaymentIntent } from "../payment-intents";
import type { Route } from "../router";

// What the store reads about a payment: the PaymentIntent behind a paid session and its Charge
// (amount_refunded, refunded). Both are made by the session completing, never through the API.

export function paymentIntentRoutes(ctx: StandInContext): Route[] {
  return [
    {
      method: "GET",
      path: /^\/v1\/payment_intents\/([A-Za-z0-9_]+)$/,
      handle: ({ method, url, params }, response) => {
        ctx.requests.push({ method, path: url.pathname, idempotencyKey: null, params: {}, replayed: false });
        sendJson(response, 200, toApiPaymentIntent(requirePaymentIntent(ctx, params[0] as string)));
      },
    },
    {
      method: "GET",
      path: /^\/v1\/charges\/([A-Za-z0-9_]+)$/,
      handle: ({ method, url, params }, response) => {
        ctx.requests.push({ method, path: url.pathname, idempotencyKey: null, params: {}, replayed: false });
        sendJson(response, 200, toApiCharge(ctx.store, requireCharge(ctx, params[0] as string)));
      },
    },
  ];
}
