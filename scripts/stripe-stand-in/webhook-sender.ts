import Stripe from "stripe";
import type { StandInStore, StoredEvent } from "./store";

// Delivers events to the app the way Stripe does: a pretty-printed JSON body signed with the
// endpoint secret (a fresh signature per attempt), retried with growing delays until a 2xx.

export type Delivery = { eventId: string; type: string; attempt: number; status: number | "network_error" };

export type WebhookSenderOptions = {
  url: string | null;
  secret: string;
  /** Delay before each retry, in ms. Stripe retries for up to 3 days; tests use short delays. */
  retryDelaysMs: number[];
  log: (message: string) => void;
};

export class WebhookSender {
  readonly deliveries: Delivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly store: StandInStore,
    private readonly options: WebhookSenderOptions,
  ) {}

  send(stored: StoredEvent): void {
    this.attempt(stored, 1);
  }

  /** Resolves when nothing is being sent right now (scheduled retries may still be waiting). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  get pendingRetries(): number {
    return this.timers.size;
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private attempt(stored: StoredEvent, attempt: number): void {
    if (this.closed || !this.options.url) return;
    const work = this.post(stored, attempt).finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  private async post(stored: StoredEvent, attempt: number): Promise<void> {
    const url = this.options.url as string;
    const payload = JSON.stringify(stored.event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: this.options.secret });
    let status: number | "network_error";
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "stripe-signature": signature,
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        },
        body: payload,
        signal: AbortSignal.timeout(20_000),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = "network_error";
    }
    this.deliveries.push({ eventId: stored.event.id, type: stored.event.type, attempt, status });
    if (typeof status === "number" && status >= 200 && status < 300) {
      stored.delivered = true;
      this.store.save();
      return;
    }
    const delay = this.options.retryDelaysMs[attempt - 1];
    if (delay === undefined) {
      this.options.log(
        `Gave up delivering ${stored.event.type} ${stored.event.id} after ${attempt} attempts (last: ${status}).`,
      );
      return;
    }
    this.options.log(`Delivery of ${stored.event.type} ${stored.event.id} got ${status}; retrying in ${delay} ms.`);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.attempt(stored, attempt + 1);
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }
}
