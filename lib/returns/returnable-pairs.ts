// Which pairs of an order can still go back: each line's quantity less the pairs on the order's
// returns that are still open or done (a declined return gives its pairs back to the shopper).

export type ReturnedLine = { orderLineId: string; quantity: number; status: string };

export function returnablePairs(
  lines: readonly { id: string; quantity: number }[],
  returned: readonly ReturnedLine[],
): Map<string, number> {
  const left = new Map(lines.map((line) => [line.id, line.quantity]));
  for (const line of returned) {
    if (line.status === "DECLINED") continue;
    left.set(line.orderLineId, (left.get(line.orderLineId) ?? 0) - line.quantity);
  }
  for (const [id, quantity] of left) left.set(id, Math.max(0, quantity));
  return left;
}

/** The last day a return can start: `windowDays` after shipping, to the millisecond. */
export function returnWindowEnd(shippedAt: Date, windowDays: number): Date {
  return new Date(shippedAt.getTime() + windowDays * 24 * 60 * 60 * 1000);
}
