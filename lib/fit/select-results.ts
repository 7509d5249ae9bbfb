import { cushionBand } from "./feel-bands";
import { RULE_BIT, failureCount } from "./hard-filters";
import { compareScored, type Scored } from "./rank-order";
import { createTopRanked, topRanked, type TopRanked } from "./top-ranked";
import type { Screened } from "./types";

// Splits scored products into the result lists (docs/product-spec.md §5.6), every list in
// compareScored order. Products stream in one at a time and only the few that can still make a
// list are kept, so a request costs one pass over the catalog and holds almost nothing.

export const LIST_LIMITS = { picks: 3, alternatives: 3, fallbacks: 3, overBudget: 2, excluded: 3 } as const;

export type Alternative = Scored & { contrast: string };
export type ResultLists = {
  picks: Scored[];
  alternatives: Alternative[];
  fallbacks: Scored[];
  overBudget: Scored[];
  excluded: Scored[];
};
export type ResultCollector = {
  add: (scored: Scored) => void;
  /**
   * Whether add() would keep a product in any list. The engine asks before copying a screened
   * product out of its reusable scratch object: once the lists fill up, most of a large catalog
   * is rejected here without allocating anything.
   */
  wouldKeep: (evaluation: Screened, score: number) => boolean;
  finish: () => ResultLists;
};

/** A close miss for "close but not shown": one or two failed rules, and never the range. */
function isCloseMiss(screened: Screened): boolean {
  const count = failureCount(screened);
  return count > 0 && count <= 2 && (screened.failed & RULE_BIT.H_RANGE) === 0;
}

/**
 * True when a product can appear in any list: it passes every rule or is a close miss (the
 * fallback and over-budget lists take single misses only). Everything else can be dropped
 * before scoring without changing the result.
 */
export function mayBeListed(screened: Screened): boolean {
  return screened.failed === 0 || isCloseMiss(screened);
}

const feelOf = ({ product }: Screened) => ({ support: product.support, band: cushionBand(product.cushionLevel) });

/**
 * Alternatives must bring a support category or a cushion band that none of the picks has, so
 * the contrast is real rather than a fourth-best pick. Which products contrast depends on the
 * picks, known only at the end, and only on a product's feel (support and band): so the best
 * three of each feel are kept. A feel that holds a pick never contrasts with the picks, so a
 * contrasting feel's best three are all candidates.
 */
function selectAlternatives(byFeel: Map<string, TopRanked<Scored>>, picks: Scored[]): Alternative[] {
  if (picks.length === 0) return [];
  const supports = new Set(picks.map((s) => feelOf(s.evaluation).support));
  const bands = new Set(picks.map((s) => feelOf(s.evaluation).band));
  const contrasting = [...byFeel.values()].flatMap((top) =>
    top.items.filter((s) => {
      const { support, band } = feelOf(s.evaluation);
      return (!supports.has(support) || !bands.has(band)) && !picks.includes(s);
    }),
  );
  return topRanked(contrasting, LIST_LIMITS.alternatives, compareScored).map((s) => {
    const { support, band } = feelOf(s.evaluation);
    const contrasts = [!supports.has(support) && `a ${support} design`, !bands.has(band) && `a ${band} cushion feel`];
    return { ...s, contrast: contrasts.filter((c): c is string => typeof c === "string").join(" with ") };
  });
}

/** "Close but not shown" order: products that missed by one rule first, then by two. */
const fewerFailuresFirst = (a: Scored, b: Scored) =>
  failureCount(a.evaluation) - failureCount(b.evaluation) || compareScored(a, b);

export function createResultCollector(): ResultCollector {
  const picks = createTopRanked<Scored>(LIST_LIMITS.picks, compareScored);
  const byFeel = new Map<string, TopRanked<Scored>>();
  const fallbacks = createTopRanked<Scored>(LIST_LIMITS.fallbacks, compareScored);
  const overBudget = createTopRanked<Scored>(LIST_LIMITS.overBudget, compareScored);
  // Fallbacks and over-budget products are close misses too, and are shown rather than excluded.
  const closeMisses = createTopRanked<Scored>(
    LIST_LIMITS.excluded + LIST_LIMITS.fallbacks + LIST_LIMITS.overBudget,
    fewerFailuresFirst,
  );

  const feelKey = (evaluation: Screened) => {
    const { support, band } = feelOf(evaluation);
    return `${support}/${band}`; // one of 9 feels: support × cushion band
  };

  const add = (scored: Scored) => {
    const { failed, roomier } = scored.evaluation;
    if (failed === 0) {
      picks.add(scored);
      const key = feelKey(scored.evaluation);
      let top = byFeel.get(key);
      if (!top) byFeel.set(key, (top = createTopRanked<Scored>(LIST_LIMITS.alternatives, compareScored)));
      top.add(scored);
      return;
    }
    if (failed === RULE_BIT.H_WIDTH && roomier) fallbacks.add(scored);
    if (failed === RULE_BIT.H_BUDGET) overBudget.add(scored);
    if (isCloseMiss(scored.evaluation)) closeMisses.add(scored);
  };

  // Mirrors add(): true exactly when add() would change some list.
  const keeps = (scored: Scored): boolean => {
    const { failed, roomier } = scored.evaluation;
    if (failed === 0)
      return picks.wouldKeep(scored) || (byFeel.get(feelKey(scored.evaluation))?.wouldKeep(scored) ?? true);
    return (
      (failed === RULE_BIT.H_WIDTH && roomier !== null && fallbacks.wouldKeep(scored)) ||
      (failed === RULE_BIT.H_BUDGET && overBudget.wouldKeep(scored)) ||
      (isCloseMiss(scored.evaluation) && closeMisses.wouldKeep(scored))
    );
  };
  let probe: Scored | null = null;
  const wouldKeep = (evaluation: Screened, score: number): boolean => {
    if (probe) {
      probe.evaluation = evaluation;
      probe.score = score;
    } else {
      probe = { evaluation, score };
    }
    return keeps(probe);
  };

  const finish = (): ResultLists => {
    const shown = new Set<Scored>([...fallbacks.items, ...overBudget.items]);
    return {
      picks: [...picks.items],
      alternatives: selectAlternatives(byFeel, [...picks.items]),
      fallbacks: [...fallbacks.items],
      overBudget: [...overBudget.items],
      excluded: closeMisses.items.filter((s) => !shown.has(s)).slice(0, LIST_LIMITS.excluded),
    };
  };
  return { add, wouldKeep, finish };
}
