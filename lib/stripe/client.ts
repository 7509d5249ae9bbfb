import "server-only";
import Stripe from "stripe";
import { remember } from "@/lib/remember";
import { getStripeConnection, type StripeConnection } from "@/lib/stripe/config";

// One stripe-node client per process, replaced when the connection settings change (tests point
// each file at its own stand-in port).

function createClient(connection: StripeConnection): Stripe {
  return new Stripe(connection.secretKey, {
    host: connection.host,
    port: connection.port,
    protocol: connection.protocol,
    // A shopper waits on session creation: fail in seconds, not stripe-node's default 80 s.
    timeout: connection.timeoutMs,
    // Retries reuse the request's idempotency key, so a retried create can't make a second session.
    maxNetworkRetries: connection.maxNetworkRetries,
    telemetry: false,
    appInfo: { name: "walking-shoe-store" },
  });
}

export function getStripe(): Stripe {
  const connection = getStripeConnection();
  const key = JSON.stringify(connection);
  return remember("stripeClient", () => ({ key, client: createClient(connection) }), {
    isStale: (held) => held.key !== key,
  }).client;
}
