import { cushionBand } from "./feel-bands";
import { compareScored, type Scored } from "./rank-order";
import { topRanked } from "./top-ranked";

// Splits scored products into the result lists (../shared/fit-spec.md §5). Every list is in
// compareScored order. The input needn't be sorted: each list takes its first few products by
// partial selection, which keeps a request linear in the catalog size.

export const LIST_LIMITS = { picks: 3, alternatives: 3, fallbacks: 3, overBudget: 2, excluded: 3 } as const;

export type Alternative = Scored & { contrast: string };
export type ResultLists = {
  picks: Scored[];
  alternatives: Alternative[];
  fallbacks: Scored[];
  overBudget: Scored[];
  excluded: Scored[];
};

const onlyFailed = (scored: Scored, ruleId: string) =>
  scored.evaluation.failures.length === 1 && scored.evaluation.failures[0]?.ruleId === ruleId;

/**
 * An alternative must bring a support category or a cushion band that none of the picks
 * has, so the contrast is real rather than a fourth-best pick. The best three such products.
 */
function selectAlternatives(eligible: Scored[], picks: Scored[]): Alternative[] {
  if (picks.length === 0) return [];
  const supports = new Set(picks.map((s) => s.evaluation.product.support));
  const bands = new Set(picks.map((s) => cushionBand(s.evaluation.product.cushionLevel)));
  const contrasting = eligible.filter((s) => {
    const { support, cushionLevel } = s.evaluation.product;
    return (!supports.has(support) || !bands.has(cushionBand(cushionLevel))) && !picks.includes(s);
  });
  return topRanked(contrasting, LIST_LIMITS.alternatives, compareScored).map((s) => {
    const { support, cushionLevel } = s.evaluation.product;
    const band = cushionBand(cushionLevel);
    const contrasts = [
      !supports.has(support) && `a ${support} design`,
      !bands.has(band) && `a ${band} cushion feel`,
    ].filter((c): c is string => typeof c === "string");
    return { ...s, contrast: contrasts.join(" with ") };
  });
}

/** A close miss for "close but not shown": one or two failed rules, and never the range. */
function isCloseMiss(failures: Scored["evaluation"]["failures"]): boolean {
  return failures.length > 0 && failures.length <= 2 && failures.every((f) => f.ruleId !== "H_RANGE");
}

/**
 * True when a product can appear in any list: it passes every rule or is a close miss (the
 * fallback and over-budget lists take single misses only). Everything else can be dropped
 * before scoring and sorting without changing the result.
 */
export function mayBeListed(evaluation: Scored["evaluation"]): boolean {
  return evaluation.failures.length === 0 || isCloseMiss(evaluation.failures);
}

/**
 * "Close but not shown": products that missed by one rule first (an out-of-stock size, a
 * glued insole), then by two. A wrong range is never close, and shown products aren't repeated.
 */
function selectExcluded(scored: Scored[], shown: Set<Scored>): Scored[] {
  const fewerFailuresFirst = (a: Scored, b: Scored) =>
    a.evaluation.failures.length - b.evaluation.failures.length || compareScored(a, b);
  // Shown products can be close misses too (fallbacks, over budget): take enough to skip them.
  const candidates = topRanked(scored.filter((s) => isCloseMiss(s.evaluation.failures)), LIST_LIMITS.excluded + shown.size, fewerFailuresFirst);
  return candidates.filter((s) => !shown.has(s)).slice(0, LIST_LIMITS.excluded);
}

export function selectResults(scored: Scored[]): ResultLists {
  const eligible = scored.filter((s) => s.evaluation.failures.length === 0);
  const picks = topRanked(eligible, LIST_LIMITS.picks, compareScored);
  const alternatives = selectAlternatives(eligible, picks);
  const fallbacks = topRanked(scored.filter((s) => onlyFailed(s, "H_WIDTH") && s.evaluation.roomier), LIST_LIMITS.fallbacks, compareScored);
  const overBudget = topRanked(scored.filter((s) => onlyFailed(s, "H_BUDGET")), LIST_LIMITS.overBudget, compareScored);
  // Eligible products never fail a rule, so they can't be close misses; only these two lists can.
  const shown = new Set<Scored>([...fallbacks, ...overBudget]);
  return { picks, alternatives, fallbacks, overBudget, excluded: selectExcluded(scored, shown) };
}
