// What lib code counts for /metrics: page-cache answers, checkout and webhook outcomes (decision
// 0018). This file has no dependencies on purpose: it is bundled into Next's route handlers,
// which must not carry a metrics library of their own. The production server installs the real
// counters (store-metrics.ts) on globalThis at start; anywhere else (tests, `next dev`) nothing is
// installed and these calls do nothing.

export type OutcomeRecorder = {
  pageCache(result: PageCacheResult): void;
  checkout(outcome: string): void;
  webhook(outcome: string): void;
};

/** hit: answered from the cache; miss: rendered (and maybe kept); unavailable: the version read failed. */
export type PageCacheResult = "hit" | "miss" | "unavailable";

const KEY = Symbol.for("steady-stride.outcome-recorder");
const holder = globalThis as unknown as { [KEY]?: OutcomeRecorder };

export function installOutcomeRecorder(recorder: OutcomeRecorder | undefined): void {
  holder[KEY] = recorder;
}

/** A label value from a fixed vocabulary of code words, or "other": never free text. */
export function outcomeLabel(value: unknown): string {
  return typeof value === "string" && /^[a-z][a-z0-9_]{0,39}$/.test(value) ? value : "other";
}

export function countPageCache(result: PageCacheResult): void {
  holder[KEY]?.pageCache(result);
}

/**
 * Counts how a checkout start ended: "started", or the StoreError code it threw (sold_out,
 * payment_unavailable, too_many_checkouts…), or "error". Returns the same promise's outcome.
 */
export async function countCheckoutOutcome<T>(work: Promise<T>): Promise<T> {
  try {
    const started = await work;
    holder[KEY]?.checkout("started");
    return started;
  } catch (error) {
    const code = error instanceof Error && "code" in error && "status" in error ? error.code : "error";
    holder[KEY]?.checkout(outcomeLabel(code));
    throw error;
  }
}

/**
 * Counts how a Stripe webhook delivery ended, from its JSON answer: the event's `result` on a 200
 * (applied, no_change, duplicate, ignored), else the `error` code (invalid_signature,
 * malformed_event, service_unavailable, internal_error…).
 */
export async function countWebhookOutcome(answer: Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await answer;
  } catch (error) {
    holder[KEY]?.webhook("error");
    throw error;
  }
  const recorder = holder[KEY];
  if (recorder) {
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { result?: unknown; error?: unknown } | null;
    recorder.webhook(outcomeLabel(response.ok ? body?.result : body?.error));
  }
  return response;
}
