import { NextResponse, type NextRequest } from "next/server";
import Stripe from "stripe";
import { ServiceBusyError } from "@/lib/cart/run-transaction";
import { sendPendingEmails } from "@/lib/email/send-pending-emails";
import { isDatabaseUnavailable, jsonError } from "@/lib/http/api-error";
import { getWebhookSecret } from "@/lib/stripe/config";
import { handleStripeEvent } from "@/lib/stripe/webhook/handle-stripe-event";

export const dynamic = "force-dynamic";

/** Stripe's events are a few KB; anything this big isn't from Stripe. */
const MAX_BODY_BYTES = 512 * 1024;
/** Seconds: signatures older than this are replays (Stripe's default tolerance). */
const SIGNATURE_TOLERANCE_S = 300;

/**
 * POST /api/stripe/webhook. The signature is checked over the raw body exactly as received
 * (request.text(), never parsed JSON). 400 for bad signatures (nothing written), 200 once the event
 * is applied or known to need nothing, 5xx when we failed and Stripe should deliver it again.
 */
export async function POST(request: NextRequest) {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) return jsonError(413, "payload_too_large");
  const signature = request.headers.get("stripe-signature");
  const payload = await request.text();
  if (!signature) return jsonError(400, "invalid_signature", { "stripe-signature": "Missing" });
  if (Buffer.byteLength(payload) > MAX_BODY_BYTES) return jsonError(413, "payload_too_large");

  let secret: string;
  try {
    secret = getWebhookSecret();
  } catch (error) {
    console.error("Stripe webhook received but not configured:", error instanceof Error ? error.message : error);
    return jsonError(500, "webhook_not_configured");
  }

  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(payload, signature, secret, SIGNATURE_TOLERANCE_S);
  } catch (error) {
    console.warn(`Stripe webhook rejected: ${error instanceof Error ? error.message : String(error)}`);
    return jsonError(400, "invalid_signature");
  }

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

  // The state change is committed; sending is best effort here (a later drain retries failures).
  if (outcome.queuedEmail) {
    await sendPendingEmails().catch((error: unknown) => console.warn("Sending queued emails failed; they stay queued.", error));
  }
  return NextResponse.json({ received: true, result: outcome.result });
}
