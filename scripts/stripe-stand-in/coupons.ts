import type { FormObject, FormValue } from "./form-body";

// Coupons (POST /v1/coupons) and a Checkout Session's `discounts`, read and checked the way Stripe
// documents them: exactly one of amount_off (with its currency) or percent_off, duration once,
// forever or repeating, a name of at most 40 characters, max_redemptions counted as sessions
// complete. A session takes at most one discount; an amount-off coupon must be in the session's
// currency; Stripe spreads the discount over the line items in proportion to their amounts
// (never over shipping), and Stripe Tax taxes what is left of each line.

export type StandInCoupon = {
  id: string;
  object: "coupon";
  amount_off: number | null;
  currency: string | null;
  duration: "once" | "forever" | "repeating";
  duration_in_months: number | null;
  max_redemptions: number | null;
  metadata: Record<string, string>;
  name: string | null;
  percent_off: number | null;
  redeem_by: number | null;
  times_redeemed: number;
  valid: boolean;
  created: number;
  livemode: false;
};

type Invalid = (message: string, param?: string) => never;

function positiveInteger(value: FormValue | undefined, param: string, invalid: Invalid): number | null {
  if (value === undefined || value === "") return null;
  if (typeof value !== "string" || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    return invalid(`Invalid integer: ${String(value)}`, param);
  if (Number(value) < 1) return invalid("This value must be greater than or equal to 1.", param);
  return Number(value);
}

function metadataOf(value: FormValue | undefined, invalid: Invalid): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) return invalid("Invalid object: metadata.", "metadata");
  const metadata: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== "string") invalid(`Invalid metadata value for ${key}.`, `metadata[${key}]`);
    metadata[key] = entry as string;
  }
  return metadata;
}

export function parseCoupon(params: FormObject, id: string, nowS: number, invalid: Invalid): StandInCoupon {
  const amountOff = positiveInteger(params.amount_off, "amount_off", invalid);
  const rawPercent = params.percent_off;
  let percentOff: number | null = null;
  if (rawPercent !== undefined && rawPercent !== "") {
    if (typeof rawPercent !== "string" || !/^\d+(\.\d{1,2})?$/.test(rawPercent))
      invalid(`Invalid decimal: ${String(rawPercent)}`, "percent_off");
    percentOff = Number(rawPercent);
    if (percentOff <= 0 || percentOff > 100)
      invalid("percent_off must be greater than 0 and at most 100.", "percent_off");
  }
  if ((amountOff === null) === (percentOff === null))
    invalid(
      "You must pass exactly one of amount_off or percent_off.",
      amountOff === null ? "amount_off" : "percent_off",
    );
  const currency = typeof params.currency === "string" && params.currency !== "" ? params.currency.toLowerCase() : null;
  if (amountOff !== null && currency === null) invalid("You must pass currency when passing amount_off.", "currency");
  if (currency !== null && !/^[a-z]{3}$/.test(currency)) invalid(`Invalid currency: ${currency}.`, "currency");
  const duration = params.duration ?? "once";
  if (duration !== "once" && duration !== "forever" && duration !== "repeating")
    invalid(`Invalid duration: must be one of once, forever, or repeating.`, "duration");
  const months = positiveInteger(params.duration_in_months, "duration_in_months", invalid);
  if (duration === "repeating" && months === null)
    invalid("You must pass duration_in_months when duration is repeating.", "duration_in_months");
  const name = typeof params.name === "string" && params.name !== "" ? params.name : null;
  if (name !== null && name.length > 40) invalid("Coupon names must be at most 40 characters.", "name");
  return {
    id,
    object: "coupon",
    amount_off: amountOff,
    currency: amountOff !== null ? currency : null,
    duration: duration as StandInCoupon["duration"],
    duration_in_months: duration === "repeating" ? months : null,
    max_redemptions: positiveInteger(params.max_redemptions, "max_redemptions", invalid),
    metadata: metadataOf(params.metadata, invalid),
    name,
    percent_off: percentOff,
    redeem_by: positiveInteger(params.redeem_by, "redeem_by", invalid),
    times_redeemed: 0,
    valid: true,
    created: nowS,
    livemode: false,
  };
}

/** Whether a coupon can still be applied now. */
export function couponIsValid(coupon: StandInCoupon, nowS: number): boolean {
  if (!coupon.valid) return false;
  if (coupon.redeem_by !== null && nowS > coupon.redeem_by) return false;
  return coupon.max_redemptions === null || coupon.times_redeemed < coupon.max_redemptions;
}

/**
 * A session's `discounts` param: none, or one coupon that exists, is valid and suits the
 * currency. Promotion codes are not supported by this stand-in (the store doesn't send them).
 */
export function parseSessionDiscounts(
  params: FormObject,
  currency: string,
  coupons: ReadonlyMap<string, StandInCoupon>,
  nowS: number,
  invalid: Invalid,
): StandInCoupon | null {
  const value = params.discounts;
  if (value === undefined || value === "") return null;
  if (!Array.isArray(value)) return invalid("Invalid array: discounts.", "discounts");
  if (value.length === 0) return null;
  if (value.length > 1) invalid("You may only specify one discount per Checkout Session.", "discounts");
  if (params.allow_promotion_codes === "true")
    invalid("You may only specify one of these parameters: allow_promotion_codes, discounts.", "discounts");
  const entry = value[0];
  if (typeof entry !== "object" || entry === null || Array.isArray(entry))
    return invalid("Invalid object: discounts[0].", "discounts[0]");
  if (entry.promotion_code !== undefined)
    invalid("This stand-in does not support promotion codes.", "discounts[0][promotion_code]");
  if (typeof entry.coupon !== "string" || entry.coupon === "")
    invalid("Missing required param: discounts[0][coupon].", "discounts[0][coupon]");
  const coupon = coupons.get(entry.coupon as string);
  if (!coupon) return invalid(`No such coupon: '${String(entry.coupon)}'`, "discounts[0][coupon]");
  if (!couponIsValid(coupon, nowS)) invalid(`Coupon ${coupon.id} is not valid any more.`, "discounts[0][coupon]");
  if (coupon.amount_off !== null && coupon.currency !== currency)
    invalid(
      `The coupon's currency (${coupon.currency}) must match the currency of the Checkout Session (${currency}).`,
      "discounts[0][coupon]",
    );
  return coupon;
}

/** What the coupon takes off a subtotal: its amount (at most the subtotal) or its percentage, rounded. */
export function discountOn(subtotal: number, coupon: Pick<StandInCoupon, "amount_off" | "percent_off"> | null): number {
  if (!coupon) return 0;
  if (coupon.amount_off !== null) return Math.min(coupon.amount_off, subtotal);
  return Math.min(subtotal, Math.round((subtotal * (coupon.percent_off ?? 0)) / 100));
}

/**
 * The discount spread over the lines in proportion to their amounts: each line gets its share
 * rounded down, and the cents left over go one each to the lines with the largest remainders
 * (earlier lines first on ties), so the shares add up to the discount exactly.
 */
export function allocateDiscount(amounts: readonly number[], discount: number): number[] {
  const subtotal = amounts.reduce((sum, amount) => sum + amount, 0);
  if (discount <= 0 || subtotal <= 0) return amounts.map(() => 0);
  const shares = amounts.map((amount) => Math.floor((amount * discount) / subtotal));
  let left = discount - shares.reduce((sum, share) => sum + share, 0);
  const order = amounts
    .map((amount, index) => ({ index, remainder: (amount * discount) % subtotal }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return shares;
}
