import type http from "node:http";
import type { StandInContext } from "../context";
import { nowS } from "../events";
import { idempotentPost, type Reply } from "../idempotent-post";
import { createSession, toApiSession } from "../session";

// POST /v1/checkout/sessions with Stripe's idempotency rules (the same key and body replay the
// first answer; the same key with another body is refused) and the faults tests inject.

export function createCheckoutSession(
  ctx: StandInContext,
  request: http.IncomingMessage,
  body: string,
): Promise<Reply> {
  return idempotentPost(
    ctx,
    { request, path: "/v1/checkout/sessions", body },
    {
      endpoint: "checkout_sessions",
      execute: ({ params }) => {
        const stored = createSession(params, nowS(), ctx.payPageBase, ctx.store.coupons);
        ctx.store.sessions.set(stored.session.id, stored);
        return toApiSession(stored, false, ctx.payPageBase);
      },
      // The stored reply, with the hosted page's address as it is now (the port may have changed).
      replayBody: (stored) => {
        const body = stored as { id?: unknown; url?: unknown };
        const url =
          typeof body.url === "string" && typeof body.id === "string" ? `${ctx.payPageBase}/pay/${body.id}` : body.url;
        return { ...body, url };
      },
    },
  );
}
