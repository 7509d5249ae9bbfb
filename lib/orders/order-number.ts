// Short order numbers for people ("SS-1042"): the Order.orderNumber sequence with the store's
// prefix. The cuid stays the order's key in URLs and APIs; this is what a shopper reads out on
// the phone and what staff search for.

export const ORDER_NUMBER_PREFIX = "SS-";

export function formatOrderNumber(orderNumber: number): string {
  return `${ORDER_NUMBER_PREFIX}${orderNumber}`;
}

/** "SS-1042", "ss 1042" or "1042" → 1042; null for anything else. */
export function parseOrderNumber(text: string): number | null {
  const match = /^\s*(?:ss[-\s]?)?(\d{1,9})\s*$/i.exec(text);
  return match ? Number(match[1]) : null;
}
