// An order's total, in integer cents (decision 0019): lines + shipping + tax − discount, where the
// tax term is what Stripe Tax added on top of the prices. With prices that include tax
// ("incl. VAT") the tax is already inside the lines and shipping, so nothing is added for it.
// Pure, so it is property-tested against the stand-in's arithmetic.

export type TaxModeValue = "inclusive" | "exclusive";

export type OrderMoney = {
  linesCents: number;
  shippingCents: number;
  /** The tax Stripe computed (total_details.amount_tax). */
  taxCents: number;
  /** null: the order collected no tax. */
  taxMode: TaxModeValue | null;
  discountCents: number;
};

/** The tax that the total carries on top of the prices. */
export function addedTaxCents(money: Pick<OrderMoney, "taxCents" | "taxMode">): number {
  return money.taxMode === "exclusive" ? money.taxCents : 0;
}

export function orderTotalFromParts(money: OrderMoney): number {
  for (const [name, value] of Object.entries(money)) {
    if (typeof value === "number" && (!Number.isSafeInteger(value) || value < 0))
      throw new RangeError(`${name} must be a whole number of cents, not ${value}`);
  }
  const total = money.linesCents + money.shippingCents + addedTaxCents(money) - money.discountCents;
  if (total < 0) throw new RangeError(`The discount (${money.discountCents}) is more than the order`);
  return total;
}
