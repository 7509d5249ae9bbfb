import fs from "node:fs";
import path from "node:path";
import type { StandInCoupon } from "./coupons";
import type { StandInCharge, StandInPaymentIntent } from "./payment-intents";
import type { StandInRefund } from "./refunds";
import type { StoredSession } from "./session";

// The stand-in's state. It plays Stripe, so its state lives in its own process: in memory, and in a
// JSON file when one is given (so `npm start` keeps open sessions, payments, refunds and
// undelivered events across restarts, as Stripe would).

export type IdempotentResult = { fingerprint: string; status: number; body: unknown };

export type StoredEvent = { event: { id: string; type: string; [key: string]: unknown }; delivered: boolean };

type Snapshot = {
  sessions: StoredSession[];
  idempotency: [string, IdempotentResult][];
  events: StoredEvent[];
  coupons?: StandInCoupon[];
  paymentIntents?: StandInPaymentIntent[];
  charges?: StandInCharge[];
  /** Oldest first. */
  refunds?: StandInRefund[];
};

export class StandInStore {
  readonly sessions = new Map<string, StoredSession>();
  readonly idempotency = new Map<string, IdempotentResult>();
  readonly events: StoredEvent[] = [];
  readonly coupons = new Map<string, StandInCoupon>();
  readonly paymentIntents = new Map<string, StandInPaymentIntent>();
  readonly charges = new Map<string, StandInCharge>();
  /** In the order made (oldest first). */
  readonly refunds = new Map<string, StandInRefund>();

  constructor(private readonly file: string | null) {
    if (file && fs.existsSync(file)) {
      const snapshot = JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
      for (const stored of snapshot.sessions) this.sessions.set(stored.session.id, stored);
      for (const [key, result] of snapshot.idempotency) this.idempotency.set(key, result);
      this.events.push(...snapshot.events);
      for (const coupon of snapshot.coupons ?? []) this.coupons.set(coupon.id, coupon);
      for (const intent of snapshot.paymentIntents ?? []) this.paymentIntents.set(intent.id, intent);
      for (const charge of snapshot.charges ?? []) this.charges.set(charge.id, charge);
      for (const refund of snapshot.refunds ?? []) this.refunds.set(refund.id, refund);
    }
  }

  /** Writes the whole state (small: a shop's open sessions) after every change. */
  save(): void {
    if (!this.file) return;
    const snapshot: Snapshot = {
      sessions: [...this.sessions.values()],
      idempotency: [...this.idempotency.entries()],
      // Delivered events are only kept in memory for inspection; the file keeps what is still owed.
      events: this.events.filter((stored) => !stored.delivered),
      coupons: [...this.coupons.values()],
      paymentIntents: [...this.paymentIntents.values()],
      charges: [...this.charges.values()],
      refunds: [...this.refunds.values()],
    };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(snapshot));
    fs.renameSync(temporary, this.file);
  }
}
