import { NextResponse, type NextRequest } from "next/server";
import Stripe from "stripe";
import { ServiceBusyError } from "@/lib/run-transaction";
import { jsonError } from "@/lib/http/api-error";
import { StoreError } from "@/lib/errors/store-error";
import { isDatabaseUnavailable } from "@/lib/errors/is-database-unavailable";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { getWebhookSecret } from "@/lib/stripe/config";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { handleStripeEvent } from "@/lib/checkout/stripe-webhook/handle-stripe-event";
import { parseStripeEvent } from "@/lib/checkout/stripe-webhook/parse-stripe-event";
import { countWebhookOutcome } from "@/lib/metrics/record-outcome";

export const dynamic = "force-dynamic";

/** Stripe's events are a few KB; anything this big isn't from Stripe. */
const MAX_BODY_BYTES = 512 * 1024;
/** Seconds: signatures older than this are replays (Stripe's default tolerance). */
const SIGNATURE_TOLERANCE_S = 300;

/**
 * POST /api/stripe/webhook. The signature is checked over the raw body exactly as received (its
 * bytes, never parsed JSON). 400 for bad signatures and for signed bodies that aren't an event we
 * can read (nothing written), 200 once the event is applied or known to need nothing, 5xx when we
 * failed and Stripe should deliver it again.
 */
export const POST = (request: NextRequest) => countWebhookOutcome(receive(request));

async function receive(request: NextRequest): Promise<Response> {
  // Both before a byte of the body is read: anyone can post here, so a body without a signature
  // header is refused unread, and a signed one is read only up to the cap, never buffered whole.
  const signature = request.headers.get("stripe-signature");
  if (!signature) return jsonError(400, "invalid_signature", { "stripe-signature": "Missing" });
  let payload: Buffer;
  try {
    payload = await readCappedBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof StoreError) return jsonError(error.status, "payload_too_large");
    throw error;
  }

  let secret: string;
  try {
    secret = getWebhookSecret();
  } catch (error) {
    console.error("Stripe webhook received but not configured:", error instanceof Error ? error.message : error);
    return jsonError(500, "webhook_not_configured");
  }

  let verified: unknown;
  try {
    verified = Stripe.webhooks.constructEvent(payload, signature, secret, SIGNATURE_TOLERANCE_S);
  } catch (error) {
    console.warn(`Stripe webhook rejected: ${error instanceof Error ? error.message : String(error)}`);
    return jsonError(400, "invalid_signature");
  }

  // Well signed but not an event we can read: null, an array, no data, a Checkout Session whose
  // order id isn't a string. Stripe itself never sends one, so this is a bug or a test tool that
  // holds the secret. A 400 says so plainly and writes nothing; should Stripe ever send one, its
  // retries (of any non-2xx) show up as failing deliveries in its dashboard, rather than a payment
  // acknowledged unread. A readable event of a type we don't handle is a 200 "ignored"
  // (handleStripeEvent), so Stripe stops sending it.
  const parsed = parseStripeEvent(verified);
  if (!parsed.ok) {
    console.warn(`Stripe webhook refused a signed event of the wrong shape: ${Object.keys(parsed.fields).join(", ")}.`);
    return jsonError(400, "malformed_event", parsed.fields);
  }
  const event = parsed.event;

  let outcome;
  try {
    outcome = await handleStripeEvent(event);
  } catch (error) {
    if (isDatabaseUnavailable(error) || error instanceof ServiceBusyError) {
      console.warn(`Stripe event ${event.id} not processed, database unavailable or overloaded; Stripe will retry.`);
      return NextResponse.json({ error: "service_unavailable" }, { status: 503, headers: { "Retry-After": "10" } });
    }
    console.error(`Stripe event ${event.id} (${event.type}) failed; answering 500 so Stripe retries.`, error);
    return jsonError(500, "internal_error");
  }

  // The state change is committed: the job runner sends the email (and retries it), so Stripe's
  // answer never waits on the mail server.
  if (outcome.queuedEmail) await enqueueOutboxDelivery();
  return NextResponse.json({ received: true, result: outcome.result });
}
