import Stripe from "stripe";
import type { StandInContext } from "./context";
import { randomId, toApiSession, type StoredSession } from "./session";
import type { StoredEvent } from "./store";

// Events as Stripe builds them: the object (a session, refund, charge) as it is now, stored (so a
// restart still owes it) and handed to the webhook sender.

export const nowS = () => Math.floor(Date.now() / 1000);

/** An API object as the API shows it (a refund, a charge): what an event's data.object is. */
export type ApiObject = { id: string; object: string };

export type EmitOptions = {
  /** The fields that changed, with their values before the change (Stripe's data.previous_attributes). */
  previousAttributes?: Record<string, unknown>;
  /** The Idempotency-Key of the API request that caused the event, if one did. */
  idempotencyKey?: string | null;
};

function isStoredSession(subject: StoredSession | ApiObject): subject is StoredSession {
  return "session" in subject && "lineItems" in subject;
}

export function emit(
  ctx: StandInContext,
  type: string,
  subject: StoredSession | ApiObject,
  { previousAttributes, idempotencyKey = null }: EmitOptions = {},
): StoredEvent {
  const object = isStoredSession(subject) ? toApiSession(subject, false, ctx.payPageBase) : subject;
  const event = {
    id: randomId("evt"),
    object: "event",
    api_version: Stripe.API_VERSION,
    created: nowS(),
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: idempotencyKey },
    data: { object, ...(previousAttributes ? { previous_attributes: previousAttributes } : {}) },
  };
  const record: StoredEvent = { event: JSON.parse(JSON.stringify(event)), delivered: false };
  ctx.store.events.push(record);
  ctx.store.save();
  ctx.sender.send(record);
  return record;
}

/** Events a previous run still owed the app (the process stopped before a 2xx). */
export function resendUndelivered(ctx: StandInContext): void {
  for (const stored of ctx.store.events.filter((event) => !event.delivered)) ctx.sender.send(stored);
}
