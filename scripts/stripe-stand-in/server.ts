import type { AddressInfo } from "node:net";
import type { StandInContext } from "./context";
import { standInControls } from "./controls";
import { resendUndelivered } from "./events";
import { listen } from "./http-server";
import { createRouter } from "./router";
import { requireApiKey } from "./routes/api-key";
import { checkoutSessionRoutes } from "./routes/checkout-sessions";
import { couponRoutes } from "./routes/coupons";
import { paymentIntentRoutes } from "./routes/payment-intents";
import { payPageRoutes } from "./routes/pay-page";
import { refundRoutes } from "./routes/refunds";
import { serviceRoutes } from "./routes/service";
import { expireDueSessions } from "./session-lifecycle";
import { StandInStore } from "./store";
import { WebhookSender } from "./webhook-sender";

// A small HTTP server that speaks the slice of Stripe's API the store uses (Checkout Sessions,
// Coupons, Refunds, and reading PaymentIntents and Charges),
// serves a hosted payment page for them, and sends signed webhooks back. The app's real stripe-node
// client talks to it through host/port/protocol configuration only. Each group of endpoints is a
// module under routes/; this file wires them up and starts the clocks.

export type { Fault, RecordedRequest } from "./context";

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
  /** Test tax rate for sessions with automatic_tax, in basis points (2000 = 20 %); 0 by default. */
  taxRateBps?: number;
  log?: (message: string) => void;
};

// Stripe's retry schedule is hours to days; a local store needs minutes.
const DEFAULT_RETRY_DELAYS_MS = [5_000, 15_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>;

export async function startStripeStandIn(options: StandInOptions) {
  const log = options.log ?? ((message: string) => console.info(`[stripe stand-in] ${message}`));
  const store = new StandInStore(options.dataFile ?? null);
  const ctx: StandInContext = {
    store,
    sender: new WebhookSender(store, {
      url: options.webhookUrl,
      secret: options.webhookSecret,
      retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      log,
    }),
    requests: [],
    faults: [],
    settleTimers: new Set(),
    asyncSettleMs: options.asyncSettleMs ?? 3_000,
    taxRateBps: options.taxRateBps ?? 0,
    newRefundStatus: "succeeded",
    payPageBase: "",
  };
  const router = createRouter([
    ...serviceRoutes,
    ...payPageRoutes(ctx),
    {
      path: /^\/v1\//,
      handle: requireApiKey(
        options.apiKey,
        createRouter([
          ...checkoutSessionRoutes(ctx),
          ...couponRoutes(ctx),
          ...refundRoutes(ctx),
          ...paymentIntentRoutes(ctx),
        ]),
      ),
    },
  ]);

  const server = await listen(router, { port: options.port ?? 0, log });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  ctx.payPageBase = (options.publicUrl ?? url).replace(/\/$/, "");

  const expiryTimer = setInterval(() => expireDueSessions(ctx), options.expiryCheckMs ?? 10_000);
  expiryTimer.unref();
  resendUndelivered(ctx);

  return standInControls(ctx, {
    url,
    port,
    close: async () => {
      clearInterval(expiryTimer);
      for (const timer of ctx.settleTimers) clearTimeout(timer);
      ctx.sender.close();
      await ctx.sender.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
