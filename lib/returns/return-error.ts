import { StoreError } from "@/lib/errors/store-error";

// The refusals a shopper can meet when starting a return, each with a sentence that says what to
// do. Field errors name the form's fields ("lines.0.exchangeVariantId"), so the form shows them
// beside the right pair.

export function returnRefused(status: number, code: string, message: string, field = "_"): StoreError {
  return new StoreError(status, code, { [field]: message });
}

export type InStockOption = { variantId: string; sizeLabel: string; widthCode: string; stock: number };

/** The exchange size is sold out: the shopper is offered the sizes in stock, or a refund. */
export class ExchangeSoldOutError extends StoreError {
  constructor(
    readonly lineIndex: number,
    readonly soldOutLabel: string,
    readonly inStock: InStockOption[],
  ) {
    const options = inStock.map((option) => `${option.sizeLabel} ${option.widthCode}`).join(", ");
    super(409, "exchange_sold_out", {
      [`lines.${lineIndex}.exchangeVariantId`]:
        inStock.length > 0
          ? `Size ${soldOutLabel} has just sold out. In stock now: ${options}. Choose one of those, or a refund.`
          : `Size ${soldOutLabel} has just sold out, and no other size of this shoe is in stock. Choose a refund instead.`,
    });
  }
}
