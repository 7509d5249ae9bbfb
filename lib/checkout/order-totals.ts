// Order money maths, in integer cents. Pure, so it is property-tested on its own (case 13).

export type PricedLine = { unitPriceCents: number; quantity: number };

export function lineTotalCents(line: PricedLine): number {
  const total = line.unitPriceCents * line.quantity;
  if (!Number.isSafeInteger(total) || total < 0)
    throw new RangeError(`Line total out of range: ${line.unitPriceCents} × ${line.quantity}`);
  return total;
}

export function orderTotalCents(lines: PricedLine[]): number {
  return lines.reduce((sum, line) => sum + lineTotalCents(line), 0);
}
