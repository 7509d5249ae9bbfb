import crypto from "node:crypto";
import type http from "node:http";
import type { StandInContext } from "../context";
import { nowS } from "../events";
import { decodeFormBody } from "../form-body";
import { headerValue } from "../http-io";
import { createSession, StripeRequestError, toApiSession } from "../session";

// POST /v1/checkout/sessions with Stripe's idempotency rules (the same key and body replay the
// first answer; the same key with another body is refused) and the faults tests inject.

type Reply = { status: number; body: unknown; replayed: boolean };

export async function createCheckoutSession(
  ctx: StandInContext,
  request: http.IncomingMessage,
  body: string,
): Promise<Reply> {
  const params = decodeFormBody(body);
  const key = headerValue(request, "idempotency-key");
  const fingerprint = crypto.createHash("sha256").update(body).digest("hex");
  const previous = key ? ctx.store.idempotency.get(key) : undefined;
  ctx.requests.push({
    method: "POST",
    path: "/v1/checkout/sessions",
    idempotencyKey: key,
    params,
    replayed: Boolean(previous),
  });
  const fault = ctx.faults.shift();
  if (fault?.kind === "error") {
    // A failure before the request starts executing (like a load balancer error): nothing stored.
    return {
      status: fault.status,
      body: { error: { type: "api_error", message: "Simulated Stripe outage (stand-in fault)." } },
      replayed: false,
    };
  }
  const run = (): Reply => {
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        return {
          status: 400,
          body: {
            error: {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
            },
          },
          replayed: false,
        };
      }
      // The stored reply, with the hosted page's address as it is now (the port may have changed).
      const body = previous.body as { id?: unknown; url?: unknown };
      const url =
        typeof body.url === "string" && typeof body.id === "string" ? `${ctx.payPageBase}/pay/${body.id}` : body.url;
      return { status: previous.status, body: { ...body, url }, replayed: true };
    }
    let result: { status: number; body: unknown };
    try {
      const stored = createSession(params, nowS(), ctx.payPageBase, ctx.store.coupons);
      ctx.store.sessions.set(stored.session.id, stored);
      result = { status: 200, body: toApiSession(stored, false, ctx.payPageBase) };
    } catch (error) {
      if (!(error instanceof StripeRequestError)) throw error;
      result = { status: error.status, body: error.body };
    }
    if (key) ctx.store.idempotency.set(key, { fingerprint, ...result });
    ctx.store.save();
    return { ...result, replayed: false };
  };
  if (fault?.kind === "delay") {
    const result = fault.execute ? run() : null;
    await sleep(fault.ms);
    return result ?? run();
  }
  return run();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
