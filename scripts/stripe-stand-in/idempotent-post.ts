import crypto from "node:crypto";
import type http from "node:http";
import type { Fault, FaultEndpoint, StandInContext } from "./context";
import { decodeFormBody, type FormObject } from "./form-body";
import { headerValue, sendJson } from "./http-io";
import { StripeRequestError } from "./session";

// What every create endpoint shares, with Stripe's idempotency rules: the same key and body replay
// the first answer (with Idempotent-Replayed: true), the same key with another body is refused.
// Keys belong to the account, across endpoints, so the path is part of what must match. The
// faults tests inject for the endpoint apply here too, and every call is recorded.

export type Reply = { status: number; body: unknown; replayed: boolean };

export type CreateRequest = { params: FormObject; idempotencyKey: string | null };

export type IdempotentPostOptions = {
  endpoint: FaultEndpoint;
  /** Creates the object and returns its API view; a StripeRequestError becomes the (stored) answer. */
  execute: (request: CreateRequest) => unknown;
  /** The stored body as a replay shows it now (e.g. an address that depends on the current port). */
  replayBody?: (body: unknown) => unknown;
};

/** The first injected fault aimed at this endpoint (faults naming none are for checkout sessions). */
export function takeFault(ctx: StandInContext, endpoint: FaultEndpoint): Fault | undefined {
  const index = ctx.faults.findIndex((fault) => (fault.endpoint ?? "checkout_sessions") === endpoint);
  return index === -1 ? undefined : ctx.faults.splice(index, 1)[0];
}

export async function idempotentPost(
  ctx: StandInContext,
  { request, path, body }: { request: http.IncomingMessage; path: string; body: string },
  { endpoint, execute, replayBody = (stored) => stored }: IdempotentPostOptions,
): Promise<Reply> {
  const params = decodeFormBody(body);
  const key = headerValue(request, "idempotency-key");
  const fingerprint = crypto.createHash("sha256").update(`${path}\n${body}`).digest("hex");
  const previous = key ? ctx.store.idempotency.get(key) : undefined;
  ctx.requests.push({ method: "POST", path, idempotencyKey: key, params, replayed: Boolean(previous) });
  const fault = takeFault(ctx, endpoint);
  if (fault?.kind === "error") {
    // A failure before the request starts executing (like a load balancer error): nothing stored.
    return {
      status: fault.status,
      body: { error: { type: "api_error", message: "Simulated Stripe outage (stand-in fault)." } },
      replayed: false,
    };
  }
  const run = (): Reply => {
    // Looked up again: during a delay a retry may have executed the request already.
    const earlier = key ? ctx.store.idempotency.get(key) : undefined;
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) {
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
      return { status: earlier.status, body: replayBody(earlier.body), replayed: true };
    }
    let result: { status: number; body: unknown };
    try {
      // A copy: the replay is the answer as first given, whatever happens to the object later.
      result = { status: 200, body: JSON.parse(JSON.stringify(execute({ params, idempotencyKey: key }))) };
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

export function sendReply(response: http.ServerResponse, reply: Reply): void {
  sendJson(response, reply.status, reply.body, reply.replayed ? { "Idempotent-Replayed": "true" } : {});
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
