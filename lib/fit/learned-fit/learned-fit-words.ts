import type { SizeSuggestion } from "./suggest-size";

// The sentence a shopper reads when the store suggests another size than the brand chart's,
// for the product page and the quiz alike. Fit words only (docs/product-spec.md §1): what buyers
// told us about length, never anything about pain or health. Counts are quoted as they are, so
// a shopper can judge how much evidence there is.

/** e.g. "41 of 58 buyers who told us how it fits found their chart size too short, so we suggest size 9 rather than 8.5." */
export function sizeSuggestionSentence(suggestion: SizeSuggestion): string | null {
  const { reason } = suggestion;
  if (reason.kind === "chart") return null;
  const runs = reason.direction === "short" ? "small" : "large";
  const rather = `so we suggest size ${suggestion.sizeLabel} rather than ${suggestion.chartSizeLabel}`;
  if (reason.kind === "override" || reason.answered === 0 || reason.agreeing === 0) {
    return `This shoe runs ${runs} for its size, ${rather}.`;
  }
  const feel = reason.direction === "short" ? "too short" : "too long";
  const buyers = reason.answered === 1 ? "buyer" : "buyers";
  return `${reason.agreeing} of ${reason.answered} ${buyers} who told us how it fits found their chart size ${feel}, ${rather}.`;
}

/** e.g. "This shoe runs narrow: 14 of 30 buyers found it too tight, so we suggest 2E rather than D." */
export function widthSuggestionSentence(
  tendency: "narrow" | "roomy",
  counts: { agreeing: number; answered: number },
  suggestedCode: string,
  neededCode: string,
): string | null {
  if (suggestedCode === neededCode) return null;
  const feel = tendency === "narrow" ? "too tight" : "too loose";
  const evidence = counts.agreeing > 0 ? `: ${counts.agreeing} of ${counts.answered} buyers found it ${feel}` : "";
  return `This shoe runs ${tendency}${evidence}, so we suggest ${suggestedCode} rather than ${neededCode}.`;
}
