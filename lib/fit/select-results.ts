import { cushionBand } from "./feel-bands";
import type { Scored } from "./rank-order";

// Splits ranked products into the result lists (../shared/fit-spec.md §5). Input must already
// be sorted with compareScored; every list keeps that order.

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
 * has, so the contrast is real rather than a fourth-best pick.
 */
function selectAlternatives(eligible: Scored[], picks: Scored[]): Alternative[] {
  if (picks.length === 0) return [];
  const supports = new Set(picks.map((s) => s.evaluation.product.support));
  const bands = new Set(picks.map((s) => cushionBand(s.evaluation.product.cushionLevel)));
  return eligible
    .filter((s) => !picks.includes(s))
    .flatMap((s): Alternative[] => {
      const { support, cushionLevel } = s.evaluation.product;
      const band = cushionBand(cushionLevel);
      const contrasts = [
        !supports.has(support) && `a ${support} design`,
        !bands.has(band) && `a ${band} cushion feel`,
      ].filter((c): c is string => typeof c === "string");
      return contrasts.length > 0 ? [{ ...s, contrast: contrasts.join(" with ") }] : [];
    })
    .slice(0, LIST_LIMITS.alternatives);
}

/**
 * "Close but not shown": products that missed by one rule first (an out-of-stock size, a
 * glued insole), then by two. A wrong range is never close, and shown products aren't repeated.
 */
function selectExcluded(ranked: Scored[], shown: Set<Scored>): Scored[] {
  return ranked
    .filter((s) => {
      const { failures } = s.evaluation;
      return !shown.has(s) && failures.length > 0 && failures.length <= 2 && failures.every((f) => f.ruleId !== "H_RANGE");
    })
    .sort((a, b) => a.evaluation.failures.length - b.evaluation.failures.length)
    .slice(0, LIST_LIMITS.excluded);
}

export function selectResults(ranked: Scored[]): ResultLists {
  const eligible = ranked.filter((s) => s.evaluation.failures.length === 0);
  const picks = eligible.slice(0, LIST_LIMITS.picks);
  const alternatives = selectAlternatives(eligible, picks);
  const fallbacks = ranked.filter((s) => onlyFailed(s, "H_WIDTH") && s.evaluation.roomier).slice(0, LIST_LIMITS.fallbacks);
  const overBudget = ranked.filter((s) => onlyFailed(s, "H_BUDGET")).slice(0, LIST_LIMITS.overBudget);
  const shown = new Set<Scored>([...eligible, ...fallbacks, ...overBudget]);
  return { picks, alternatives, fallbacks, overBudget, excluded: selectExcluded(ranked, shown) };
}
