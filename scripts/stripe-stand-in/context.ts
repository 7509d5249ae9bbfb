import type { FormObject } from "./form-body";
import type { StandInStore } from "./store";
import type { WebhookSender } from "./webhook-sender";

// The state one running stand-in shares between its route modules, so each group of endpoints
// can live in its own file and still see the same sessions, recorded requests and faults.

/** The create endpoints a fault can be aimed at. */
export type FaultEndpoint = "checkout_sessions" | "coupons" | "refunds";

/**
 * A fault applied to the next POST to its endpoint (checkout sessions when none is named), in the
 * order injected.
 */
export type Fault = (
  | { kind: "error"; status: number }
  /** Answer after `ms`; with execute the object is created first (the reply is what gets lost). */
  | { kind: "delay"; ms: number; execute: boolean }
) & { endpoint?: FaultEndpoint };

export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey: string | null;
  params: FormObject;
  replayed: boolean;
};

export type StandInContext = {
  store: StandInStore;
  sender: WebhookSender;
  /** The API calls the app made, in order, for tests to inspect. */
  requests: RecordedRequest[];
  faults: Fault[];
  /** "Pay later" settlements still waiting, so close() can cancel them. */
  settleTimers: Set<NodeJS.Timeout>;
  /** "Pay later": time until the delayed payment settles, in ms. */
  asyncSettleMs: number;
  /** The test tax rate Stripe Tax applies when a session has automatic_tax, in basis points (2000 = 20 %). */
  taxRateBps: number;
  /** The status a new refund starts in: succeeded, or pending until a test settles it. */
  newRefundStatus: "succeeded" | "pending";
  /** Origin of the hosted page. Set once the server listens: only then is the port known. */
  payPageBase: string;
};
