import type { Screened } from "./types";

// One order for every list: score, then the tie-breaks of docs/product-spec.md §5.5 (more
// widths in stock in the shopper's size, lower price, name), then slug so the order never
// depends on the snapshot's order.

/** A product through the hard filters, with its score (soft-score.ts scoreValue). */
export type Scored = { evaluation: Screened; score: number };

/** The price of the variant that would be shown, in cents. */
export function shownPriceCents({ evaluation }: Scored): number {
  return (evaluation.match ?? evaluation.roomier)?.priceCents ?? evaluation.product.priceCents;
}

/** Code-unit comparison rather than localeCompare, which varies between runtimes. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareScored(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    b.evaluation.widthsInStock - a.evaluation.widthsInStock ||
    shownPriceCents(a) - shownPriceCents(b) ||
    compareText(a.evaluation.product.name, b.evaluation.product.name) ||
    compareText(a.evaluation.product.slug, b.evaluation.product.slug)
  );
}
