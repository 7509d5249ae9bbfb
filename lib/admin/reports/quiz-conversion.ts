export type QuizConversion = {
  completions: number;
  paidOrders: number;
  /** Paid orders per 100 quiz completions in the same days, to one decimal; null without completions. */
  ordersPer100Completions: number | null;
};

/**
 * Two counts from the same days set side by side. It is not attribution: the store never links an
 * order to a quiz result (health answers stay in the browser, decision 0004), so some of these
 * orders came from people who never took the quiz, and the ratio can pass 100.
 */
export function quizConversion(completions: number, paidOrders: number): QuizConversion {
  return {
    completions,
    paidOrders,
    ordersPer100Completions: completions === 0 ? null : Math.round((paidOrders * 1000) / completions) / 10,
  };
}
