import "server-only";
import { getEnv } from "@/lib/env";
import { STAND_IN_SECRET_KEY } from "@/lib/stripe/stand-in-key";

// Where the Stripe client connects. Real Stripe and the local stand-in differ only in these values:
// no code path asks "is this the fake?".

export type StripeConnection = {
  secretKey: string;
  host?: string;
  port?: number;
  protocol?: "http" | "https";
  timeoutMs: number;
  maxNetworkRetries: number;
};

export class PaymentsNotConfigured extends Error {}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export function getStripeConnection(): StripeConnection {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY && !env.STRIPE_API_PORT) {
    throw new PaymentsNotConfigured(
      "Set STRIPE_SECRET_KEY, or run the local Stripe stand-in (npm start does) and set STRIPE_API_PORT.",
    );
  }
  // stripe-node's README: plain http is never appropriate against real Stripe; only on loopback.
  if (env.STRIPE_API_PROTOCOL === "http" && !LOOPBACK.has(env.STRIPE_API_HOST ?? "")) {
    throw new PaymentsNotConfigured("STRIPE_API_PROTOCOL=http is only allowed with a loopback STRIPE_API_HOST.");
  }
  return {
    secretKey: env.STRIPE_SECRET_KEY ?? STAND_IN_SECRET_KEY,
    host: env.STRIPE_API_HOST ?? (env.STRIPE_SECRET_KEY ? undefined : "127.0.0.1"),
    port: env.STRIPE_API_PORT,
    protocol: env.STRIPE_API_PROTOCOL ?? (env.STRIPE_SECRET_KEY ? undefined : "http"),
    timeoutMs: env.STRIPE_TIMEOUT_MS,
    maxNetworkRetries: env.STRIPE_MAX_NETWORK_RETRIES,
  };
}

export function getWebhookSecret(): string {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret)
    throw new PaymentsNotConfigured("STRIPE_WEBHOOK_SECRET is not set, so webhook signatures can't be verified.");
  return secret;
}

/** True when payments can't take real money: the stand-in, or a Stripe test-mode key. */
export function isPaymentsTestMode(): boolean {
  const env = getEnv();
  return env.PAYMENTS_TEST_MODE === "1" || !env.STRIPE_SECRET_KEY || env.STRIPE_SECRET_KEY.startsWith("sk_test_");
}
