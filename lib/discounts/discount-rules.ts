import { formatMoney } from "@/lib/money";

// What a discount code takes off a cart, in integer cents (decision 0020). Pure, so the cart page,
// checkout and the property test all use the same arithmetic.

export type DiscountCodeRules = {
  code: string;
  percentBps: number | null;
  amountOffCents: number | null;
  currency: string;
  minSubtotalCents: number;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  usedCount: number;
  reservedCount: number;
  collectionId: string | null;
  active: boolean;
};

export type DiscountableLine = {
  unitPriceCents: number;
  quantity: number;
  currency: string;
  /** The collections the line's product is in. */
  collectionIds: readonly string[];
};

export type DiscountRefusal = "inactive" | "not_started" | "expired" | "below_minimum" | "not_applicable" | "used_up";

export type DiscountQuote =
  { ok: true; discountCents: number; eligibleCents: number } | { ok: false; reason: DiscountRefusal; message: string };

/** The shopper's sentence for each refusal. */
export function refusalMessage(
  reason: DiscountRefusal,
  code: Pick<DiscountCodeRules, "code" | "minSubtotalCents" | "currency">,
): string {
  switch (reason) {
    case "inactive":
      return `The code ${code.code} is no longer available.`;
    case "not_started":
      return `The code ${code.code} can't be used yet.`;
    case "expired":
      return `The code ${code.code} has expired.`;
    case "below_minimum":
      return `The code ${code.code} needs shoes worth at least ${formatMoney(code.minSubtotalCents, code.currency)} in your cart.`;
    case "not_applicable":
      return `The code ${code.code} doesn't apply to the shoes in your cart.`;
    case "used_up":
      return `The code ${code.code} has been used up.`;
  }
}

/** A percentage of an amount, rounded half up to a whole cent. */
export function percentOf(cents: number, bps: number): number {
  return Math.floor((cents * bps + 5_000) / 10_000);
}

/**
 * The discount on these lines now. The minimum is checked against the whole cart's shoes; the
 * discount itself only against the lines the code applies to (its collection, or all), and never
 * more than they cost. `ignoreUsage` skips the usage limit (checkout checks it with a conditional
 * update instead, which is what makes it race-safe).
 */
export function quoteDiscount(
  code: DiscountCodeRules,
  lines: readonly DiscountableLine[],
  now: Date,
  { ignoreUsage = false }: { ignoreUsage?: boolean } = {},
): DiscountQuote {
  const refuse = (reason: DiscountRefusal): DiscountQuote => ({
    ok: false,
    reason,
    message: refusalMessage(reason, code),
  });
  if (!code.active) return refuse("inactive");
  if (code.startsAt && now < code.startsAt) return refuse("not_started");
  if (code.endsAt && now >= code.endsAt) return refuse("expired");
  if (!ignoreUsage && code.usageLimit !== null && code.usedCount + code.reservedCount >= code.usageLimit)
    return refuse("used_up");
  const inCurrency = lines.filter((line) => line.currency === code.currency);
  const subtotal = inCurrency.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  if (inCurrency.length === 0) return refuse("not_applicable");
  if (subtotal < code.minSubtotalCents) return refuse("below_minimum");
  const eligible = inCurrency.filter(
    (line) => code.collectionId === null || line.collectionIds.includes(code.collectionId),
  );
  const eligibleCents = eligible.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  if (eligibleCents === 0) return refuse("not_applicable");
  const raw = code.percentBps !== null ? percentOf(eligibleCents, code.percentBps) : (code.amountOffCents ?? 0);
  const discountCents = Math.min(raw, eligibleCents);
  if (discountCents <= 0) return refuse("not_applicable");
  return { ok: true, discountCents, eligibleCents };
}

/** How staff and shoppers type codes: trimmed, any case. Stored as typed; compared lower-cased. */
export function normalizeCodeInput(text: string): string {
  return text.trim().toUpperCase();
}

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;
