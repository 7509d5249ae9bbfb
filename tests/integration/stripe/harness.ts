// Test harness for cart, checkout and webhook tests: the Stripe stand-in running in-process on a
// free port, the app's Stripe client pointed at it through env configuration (exactly as in
// production), and a small HTTP server that hands the stand-in's webhook POSTs to the real
// /api/stripe/webhook route handler, so the whole loop runs without a Next server.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import Stripe from "stripe";
import { getDb } from "@/lib/db";
import { STAND_IN_SECRET_KEY } from "@/lib/stripe/stand-in-key";
import { startStripeStandIn, type StripeStandIn } from "@/scripts/stripe-stand-in/server";

export const WEBHOOK_SECRET = "whsec_test_harness_secret_0123456789";
export const ORIGIN = "http://localhost:3000";

export type Harness = {
  standIn: StripeStandIn;
  outboxDir: string;
  /** Webhook responses the app gave, in order. */
  webhookStatuses: number[];
  /**
   * Keeps webhooks from reaching the app (they wait, as a slow network would) until the returned
   * function is called: the moment between Stripe's change and the app hearing of it.
   */
  holdWebhooks: () => () => void;
  close: () => Promise<void>;
};

/** Runs before anything reads the environment (getEnv caches it per test file): see useStripeHarness. */
async function startHarness({ timeoutMs = 3_000, maxNetworkRetries = 2 } = {}): Promise<Harness> {
  const webhookStatuses: number[] = [];
  let held = Promise.resolve();
  let release = () => {};
  const forwarder = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      await held;
      const { POST } = await import("@/app/api/stripe/webhook/route");
      const response = await POST(
        new NextRequest(`${ORIGIN}/api/stripe/webhook`, {
          method: "POST",
          headers: {
            "content-type": String(req.headers["content-type"] ?? ""),
            "stripe-signature": String(req.headers["stripe-signature"] ?? ""),
          },
          body: Buffer.concat(chunks),
        }),
      );
      webhookStatuses.push(response.status);
      res.writeHead(response.status, { "content-type": "application/json" });
      res.end(await response.text());
    });
  });
  await new Promise<void>((resolve) => forwarder.listen(0, "127.0.0.1", () => resolve()));
  const forwarderPort = (forwarder.address() as AddressInfo).port;

  const standIn = await startStripeStandIn({
    apiKey: STAND_IN_SECRET_KEY,
    webhookSecret: WEBHOOK_SECRET,
    webhookUrl: `http://127.0.0.1:${forwarderPort}/api/stripe/webhook`,
    retryDelaysMs: [50, 100, 200],
    expiryCheckMs: 60 * 60 * 1000,
    asyncSettleMs: 50,
    log: () => {},
  });
  const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
  Object.assign(process.env, {
    STRIPE_API_HOST: "127.0.0.1",
    STRIPE_API_PORT: String(standIn.port),
    STRIPE_API_PROTOCOL: "http",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_TIMEOUT_MS: String(timeoutMs),
    STRIPE_MAX_NETWORK_RETRIES: String(maxNetworkRetries),
    EMAIL_OUTBOX_DIR: outboxDir,
    SITE_URL: ORIGIN,
  });
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.SMTP_URL;
  return {
    standIn,
    outboxDir,
    webhookStatuses,
    holdWebhooks: () => {
      held = new Promise((resolve) => (release = resolve));
      return release;
    },
    close: async () => {
      release();
      await standIn.close();
      forwarder.closeAllConnections();
      await new Promise<void>((resolve) => forwarder.close(() => resolve()));
      fs.rmSync(outboxDir, { recursive: true, force: true });
    },
  };
}

/**
 * The harness for every test of this file: started before all of them, its injected faults cleared
 * after each, and closed (with the database connection) after all. Call it at the top of the file,
 * before other beforeAll hooks, so it starts before anything reads the environment. The returned
 * object is filled in when it starts.
 */
export function useStripeHarness(options?: Parameters<typeof startHarness>[0]): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    Object.assign(harness, await startHarness(options));
  });
  afterEach(() => harness.standIn.clearFaults());
  afterAll(async () => {
    await harness.close();
    await getDb().$disconnect();
  });
  return harness;
}

export function emlFiles(harness: Harness): string[] {
  return fs.readdirSync(harness.outboxDir).filter((name) => name.endsWith(".eml"));
}

/** A webhook request signed like Stripe signs it (over these exact bytes). */
export function signedWebhookRequest(
  payload: string,
  { secret = WEBHOOK_SECRET, timestamp }: { secret?: string; timestamp?: number } = {},
) {
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  return webhookRequest(payload, signature);
}

export function webhookRequest(payload: string, signature: string | null) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== null) headers["stripe-signature"] = signature;
  return new NextRequest(`${ORIGIN}/api/stripe/webhook`, { method: "POST", headers, body: payload });
}

/** A Stripe event envelope around a Checkout Session snapshot. */
export function sessionEvent(
  type: string,
  session: Record<string, unknown>,
  id = `evt_test_${Math.random().toString(36).slice(2)}`,
) {
  return {
    id,
    object: "event",
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: session },
  };
}

/**
 * What a browser would send from the stand-in's hosted page as it stands: every input's value, the
 * checked shipping option and the selected country (test mode fills in a sample address). Tests
 * then overwrite the fields they are about.
 */
export async function payPageFormValues(url: string): Promise<Record<string, string>> {
  const html = await (await fetch(url)).text();
  const unescape = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const values: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const value = /\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (!name) continue;
    if (/\btype="radio"/.test(tag) && !/\bchecked\b/.test(tag)) continue;
    values[name] = unescape(value);
  }
  for (const [, name, options] of html.matchAll(/<select\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const selected =
      /<option value="([^"]*)" selected/.exec(options ?? "") ?? /<option value="([^"]*)"/.exec(options ?? "");
    if (name && selected?.[1]) values[name] = selected[1];
  }
  return values;
}
