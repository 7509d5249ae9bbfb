import { StoreError } from "@/lib/errors/store-error";

export type SoldOutLine = { sku: string; productName: string; requested: number; available: number };

/** 409: some line can't be held. Names every such SKU so the cart page can point at it. */
export class SoldOutError extends StoreError {
  constructor(readonly lines: SoldOutLine[]) {
    const fields: Record<string, string> = {};
    for (const line of lines) {
      fields[`lines.${line.sku}`] =
        line.available === 0
          ? `${line.productName} is sold out in this size`
          : `Only ${line.available} left of ${line.productName} in this size`;
    }
    super(409, "sold_out", fields);
  }
}

export const emptyCart = () => new StoreError(409, "empty_cart", { cart: "Your cart is empty" });
export const mixedCurrency = () =>
  new StoreError(409, "mixed_currency", { cart: "These items can't be paid for together; check them out separately" });
export const unavailableLine = (sku: string) =>
  new StoreError(409, "unavailable", { [`lines.${sku}`]: "This shoe is no longer sold; remove it to check out" });

/** 503: Stripe failed or timed out. The hold was released; nothing was charged. */
export const paymentUnavailable = () =>
  new StoreError(503, "payment_unavailable", {
    _: "We couldn't reach the payment service, so nothing was charged and your cart is unchanged. Please try again in a minute.",
  });

/** 409: the same checkout is being started in another request (double click) and isn't ready yet. */
export const checkoutInProgress = () =>
  new StoreError(409, "checkout_in_progress", {
    _: "Your checkout is already starting. Please wait a moment and try again.",
  });

export const orderAlreadyPlaced = (orderId: string) =>
  new StoreError(409, "order_already_placed", { _: `This cart was already paid for (order ${orderId}).` });

/** 400: the country the shopper chose isn't one Stripe can ship to. */
export const unknownShipTo = () => new StoreError(400, "invalid_input", { shipTo: "Choose a country from the list" });

/** 409: no shipping rate covers the country the shopper chose. */
export const noShippingTo = (country: string) =>
  new StoreError(409, "no_shipping", {
    shipTo: `We don't ship to ${country} yet. Choose another country, or contact us.`,
  });
