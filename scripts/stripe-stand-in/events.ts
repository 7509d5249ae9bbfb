import Stripe from "stripe";
import type { StandInContext } from "./context";
import { randomId, toApiSession, type StoredSession } from "./session";
import type { StoredEvent } from "./store";

// Events as Stripe builds them: the session as it is now, stored (so a restart still owes it)
// and handed to the webhook sender.

export const nowS = () => Math.floor(Date.now() / 1000);

export function emit(ctx: StandInContext, type: string, stored: StoredSession): StoredEvent {
  const event = {
    id: randomId("evt"),
    object: "event",
    api_version: Stripe.API_VERSION,
    created: nowS(),
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: toApiSession(stored, false, ctx.payPageBase) },
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
