import type { Advisory, ArticleLink } from "@/lib/fit/types";

// Advisories and health-triggered guides come from health answers, which the server never stores.
// The quiz keeps them in this tab's sessionStorage so the results page can show them to the
// person who answered, and a share link opened elsewhere simply doesn't have them.

export type PrivateResult = { advisories: Advisory[]; articles: ArticleLink[] };

const keyFor = (resultId: string) => `fit-private:${resultId}`;

export function rememberPrivateResult(resultId: string, value: PrivateResult): void {
  sessionStorage.setItem(keyFor(resultId), JSON.stringify(value));
}

export function recallPrivateResult(resultId: string): PrivateResult | null {
  const raw = sessionStorage.getItem(keyFor(resultId));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as PrivateResult;
  } catch {
    return null;
  }
}
