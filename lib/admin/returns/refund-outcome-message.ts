import { formatMoney } from "@/lib/money";
import type { SendOutcome } from "@/lib/refunds/send-refund";

/** What staff read after asking for a refund: sent, refused by Stripe, or to be retried. */
export function refundOutcomeMessage(refund: {
  amountCents: number;
  currency?: string;
  outcome: SendOutcome | null;
}): string {
  const amount = formatMoney(refund.amountCents, refund.currency ?? "usd");
  if (!refund.outcome) return "Nothing was paid, so nothing was refunded.";
  switch (refund.outcome.result) {
    case "accepted":
      return `Stripe accepted the refund of ${amount} (${refund.outcome.status}).`;
    case "refused":
      return `Stripe refused the refund of ${amount}: ${refund.outcome.message} Refund it in the Stripe Dashboard or try again.`;
    case "retry_later":
      return `Stripe didn't answer, so the refund of ${amount} will be retried automatically within a few minutes, and made once.`;
  }
}
