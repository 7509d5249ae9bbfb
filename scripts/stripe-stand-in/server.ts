import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { decodeFormBody, type FormObject } from "./form-body";
import { renderNotFoundPage, renderPayPage } from "./hosted-page";
import { createSession, randomId, StripeRequestError, toApiSession, type StoredSession } from "./session";
import { StandInStore, type StoredEvent } from "./store";
import { WebhookSender, type Delivery } from "./webhook-sender";

// A small HTTP server that speaks the slice of Stripe's API the store uses (Checkout Sessions),
// serves a hosted payment page for them, and sends signed webhooks back. The app's real stripe-node
// client talks to it through host/port/protocol configuration only.

export type StandInOptions = {
  /** 0 (default) picks a free port on 127.0.0.1. */
  port?: number;
  apiKey: string;
  webhookSecret: string;
  /** Where events are POSTed (the app's /api/stripe/webhook); null keeps them undelivered. */
  webhookUrl: string | null;
  /** Origin the shopper's browser uses for the hosted page; defaults to http://127.0.0.1:<port>. */
  publicUrl?: string;
  /** JSON file for the stand-in's state; null keeps everything in memory. */
  dataFile?: string | null;
  retryDelaysMs?: number[];
  /** How often sessions past expires_at are expired, in ms. */
  expiryCheckMs?: number;
  /** "Pay later": time until the delayed payment settles, in ms. */
  asyncSettleMs?: number;
  log?: (message: string) => void;
};

/** A fault applied to the next POST /v1/checkout/sessions, in the order injected. */
export type Fault =
  | { kind: "error"; status: number }
  /** Answer after `ms`; with execute the session is created first (the reply is what gets lost). */
  | { kind: "delay"; ms: number; execute: boolean };

export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey: string | null;
  params: FormObject;
  replayed: boolean;
};

// Stripe's retry schedule is hours to days; a local store needs minutes.
const DEFAULT_RETRY_DELAYS_MS = [5_000, 15_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
const MAX_BODY_BYTES = 1_000_000;

export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>;

export async function startStripeStandIn(options: StandInOptions) {
  const log = options.log ?? ((message: string) => console.info(`[stripe stand-in] ${message}`));
  const store = new StandInStore(options.dataFile ?? null);
  const sender = new WebhookSender(store, {
    url: options.webhookUrl,
    secret: options.webhookSecret,
    retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    log,
  });
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const settleTimers = new Set<NodeJS.Timeout>();
  let payPageBase = "";

  const nowS = () => Math.floor(Date.now() / 1000);

  function emit(type: string, stored: StoredSession): StoredEvent {
    const event = {
      id: randomId("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: nowS(),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: toApiSession(stored, false, payPageBase) },
    };
    const record: StoredEvent = { event: JSON.parse(JSON.stringify(event)), delivered: false };
    store.events.push(record);
    store.save();
    sender.send(record);
    return record;
  }

  function requireSession(id: string): StoredSession {
    const stored = store.sessions.get(id);
    if (!stored)
      throw new StripeRequestError(404, {
        error: {
          type: "invalid_request_error",
          code: "resource_missing",
          message: `No such checkout.session: '${id}'`,
          param: "session",
        },
      });
    return stored;
  }

  function expireSession(id: string): StoredSession {
    const stored = requireSession(id);
    if (stored.session.status !== "open") {
      throw new StripeRequestError(400, {
        error: {
          type: "invalid_request_error",
          message: 'Only Checkout Sessions with a status in ["open"] can be expired.',
        },
      });
    }
    stored.session.status = "expired";
    store.save();
    emit("checkout.session.expired", stored);
    return stored;
  }

  /** What the Pay button does: the session completes, paid now or (pay later) unpaid until it settles. */
  function completeSession(id: string, email: string, paymentStatus: "paid" | "unpaid"): StoredSession {
    const stored = requireSession(id);
    if (stored.session.status !== "open")
      throw new StripeRequestError(400, {
        error: { type: "invalid_request_error", message: "This Checkout Session is not open." },
      });
    stored.session.status = "complete";
    stored.session.payment_status = paymentStatus;
    stored.session.customer_details = { email };
    stored.session.payment_intent = randomId("pi");
    store.save();
    emit("checkout.session.completed", stored);
    return stored;
  }

  function settleAsyncPayment(id: string, succeeded: boolean): StoredSession {
    const stored = requireSession(id);
    if (stored.session.status !== "complete" || stored.session.payment_status !== "unpaid") {
      throw new StripeRequestError(400, {
        error: { type: "invalid_request_error", message: "No delayed payment is waiting on this session." },
      });
    }
    if (succeeded) stored.session.payment_status = "paid";
    store.save();
    emit(succeeded ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed", stored);
    return stored;
  }

  function expireDueSessions(): number {
    let count = 0;
    for (const stored of store.sessions.values()) {
      if (stored.session.status === "open" && stored.session.expires_at <= nowS()) {
        expireSession(stored.session.id);
        count++;
      }
    }
    return count;
  }

  async function createCheckoutSession(
    request: http.IncomingMessage,
    body: string,
  ): Promise<{ status: number; body: unknown; replayed: boolean }> {
    const params = decodeFormBody(body);
    const key = headerValue(request, "idempotency-key");
    const fingerprint = crypto.createHash("sha256").update(body).digest("hex");
    const previous = key ? store.idempotency.get(key) : undefined;
    requests.push({
      method: "POST",
      path: "/v1/checkout/sessions",
      idempotencyKey: key,
      params,
      replayed: Boolean(previous),
    });
    const fault = faults.shift();
    if (fault?.kind === "error") {
      // A failure before the request starts executing (like a load balancer error): nothing stored.
      return {
        status: fault.status,
        body: { error: { type: "api_error", message: "Simulated Stripe outage (stand-in fault)." } },
        replayed: false,
      };
    }
    const run = (): { status: number; body: unknown; replayed: boolean } => {
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
          typeof body.url === "string" && typeof body.id === "string" ? `${payPageBase}/pay/${body.id}` : body.url;
        return { status: previous.status, body: { ...body, url }, replayed: true };
      }
      let result: { status: number; body: unknown };
      try {
        const stored = createSession(params, nowS(), payPageBase);
        store.sessions.set(stored.session.id, stored);
        result = { status: 200, body: toApiSession(stored, false, payPageBase) };
      } catch (error) {
        if (!(error instanceof StripeRequestError)) throw error;
        result = { status: error.status, body: error.body };
      }
      if (key) store.idempotency.set(key, { fingerprint, ...result });
      store.save();
      return { ...result, replayed: false };
    };
    if (fault?.kind === "delay") {
      const result = fault.execute ? run() : null;
      await sleep(fault.ms);
      return result ?? run();
    }
    return run();
  }

  async function route(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://stand-in");
    const method = request.method ?? "GET";
    const body = await readBody(request);
    if (url.pathname === "/health") return sendText(response, 200, "ok");
    if (url.pathname === "/favicon.ico") return sendText(response, 204, "");

    const pay = /^\/pay\/([A-Za-z0-9_]+)$/.exec(url.pathname);
    if (pay) return handlePayPage(method, pay[1] as string, body, response);

    if (url.pathname.startsWith("/v1/")) {
      if (headerValue(request, "authorization") !== `Bearer ${options.apiKey}`) {
        return sendJson(response, 401, {
          error: { type: "invalid_request_error", message: "Invalid API Key provided." },
        });
      }
      if (method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const result = await createCheckoutSession(request, body);
        return sendJson(response, result.status, result.body, result.replayed ? { "Idempotent-Replayed": "true" } : {});
      }
      const one = /^\/v1\/checkout\/sessions\/([A-Za-z0-9_]+)$/.exec(url.pathname);
      if (method === "GET" && one) {
        requests.push({ method, path: url.pathname, idempotencyKey: null, params: {}, replayed: false });
        const expand = url.searchParams.getAll("expand[]").concat(url.searchParams.getAll("expand[0]"));
        return sendJson(
          response,
          200,
          toApiSession(requireSession(one[1] as string), expand.includes("line_items"), payPageBase),
        );
      }
      const expire = /^\/v1\/checkout\/sessions\/([A-Za-z0-9_]+)\/expire$/.exec(url.pathname);
      if (method === "POST" && expire) {
        requests.push({
          method,
          path: url.pathname,
          idempotencyKey: headerValue(request, "idempotency-key"),
          params: {},
          replayed: false,
        });
        return sendJson(response, 200, toApiSession(expireSession(expire[1] as string), false, payPageBase));
      }
    }
    return sendJson(response, 404, {
      error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${url.pathname}).` },
    });
  }

  function handlePayPage(method: string, id: string, body: string, response: http.ServerResponse): void {
    const stored = store.sessions.get(id);
    if (!stored) return sendHtml(response, 404, renderNotFoundPage());
    if (method === "GET") return sendHtml(response, 200, renderPayPage(stored));
    if (method !== "POST") return sendText(response, 405, "Method not allowed");
    const form = new URLSearchParams(body);
    const action = form.get("action");
    if (action === "cancel" || stored.session.status !== "open") {
      return redirect(
        response,
        action === "cancel" && stored.session.cancel_url ? stored.session.cancel_url : `/pay/${id}`,
      );
    }
    const email = (form.get("email") ?? "").trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || (action !== "pay" && action !== "pay_later"))
      return sendHtml(response, 400, renderPayPage(stored));
    completeSession(id, email, action === "pay" ? "paid" : "unpaid");
    if (action === "pay_later") {
      const timer = setTimeout(() => {
        settleTimers.delete(timer);
        settleAsyncPayment(id, true);
      }, options.asyncSettleMs ?? 3_000);
      timer.unref();
      settleTimers.add(timer);
    }
    return redirect(response, stored.session.success_url.replace("{CHECKOUT_SESSION_ID}", id));
  }

  const server = http.createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof StripeRequestError) return sendJson(response, error.status, error.body);
      if (error instanceof BodyTooLarge)
        return sendJson(response, 413, {
          error: { type: "invalid_request_error", message: "Request body too large." },
        });
      log(`Internal error: ${error instanceof Error ? error.stack : String(error)}`);
      sendJson(response, 500, { error: { type: "api_error", message: "Stand-in internal error." } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  payPageBase = (options.publicUrl ?? url).replace(/\/$/, "");

  const expiryTimer = setInterval(expireDueSessions, options.expiryCheckMs ?? 10_000);
  expiryTimer.unref();
  // Events a previous run still owed the app (the process stopped before a 2xx).
  for (const stored of store.events.filter((event) => !event.delivered)) sender.send(stored);

  return {
    url,
    port,
    requests,
    get deliveries(): Delivery[] {
      return sender.deliveries;
    },
    get events(): StoredEvent[] {
      return store.events;
    },
    getSession: (id: string) => store.sessions.get(id) ?? null,
    sessions: () => [...store.sessions.values()],
    injectFaults: (...next: Fault[]) => void faults.push(...next),
    clearFaults: () => void faults.splice(0),
    completeSession: (
      id: string,
      { email = "shopper@example.com", paymentStatus = "paid" as "paid" | "unpaid" } = {},
    ) => completeSession(id, email, paymentStatus),
    settleAsyncPayment,
    expireSession,
    expireDueSessions,
    /** Resolves once no webhook POST is in flight. */
    webhooksIdle: () => sender.idle(),
    get pendingWebhookRetries() {
      return sender.pendingRetries;
    },
    close: async () => {
      clearInterval(expiryTimer);
      for (const timer of settleTimers) clearTimeout(timer);
      sender.close();
      await sender.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

class BodyTooLarge extends Error {}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function headerValue(request: http.IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === "string" ? value : null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json", "request-id": randomId("req"), ...headers });
  response.end(JSON.stringify(body));
}

function sendHtml(response: http.ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
  });
  response.end(html);
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  response.end(text);
}

function redirect(response: http.ServerResponse, location: string): void {
  response.writeHead(303, { location, "cache-control": "no-store" });
  response.end();
}
