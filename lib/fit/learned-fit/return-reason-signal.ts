import type { FitSignal } from "./fit-signal";

// Turns a return's reason into a fit signal. The reason codes are copied from
// lib/returns/return-reasons.ts rather than imported: lib/returns may come to depend on lib/fit
// (the return form could show learned fit), and lib folders must not import in a loop
// (tests/unit/architecture). tests/unit/fit/learned-fit-signals.test.ts checks the copy still
// matches the real list.

type FitReturnReason = "too_small" | "too_big" | "too_narrow" | "too_wide" | "heel_slips";

const FEEL_BY_REASON: Record<FitReturnReason, Pick<FitSignal, "length" | "width" | "heel">> = {
  too_small: { length: "short", width: null, heel: null },
  too_big: { length: "long", width: null, heel: null },
  too_narrow: { length: null, width: "tight", heel: null },
  too_wide: { length: null, width: "loose", heel: null },
  heel_slips: { length: null, width: null, heel: "slips" },
};

export type ReturnedPair = {
  reason: string;
  sizeLabel: string;
  widthCode: string;
  footLengthMm?: number | null;
  widthNeedCode?: string | null;
  at: Date;
};

/** The fit signal a returned pair gives, or null when its reason says nothing about fit ("faulty"). */
export function signalFromReturn(pair: ReturnedPair): FitSignal | null {
  const feel = Object.hasOwn(FEEL_BY_REASON, pair.reason) ? FEEL_BY_REASON[pair.reason as FitReturnReason] : null;
  if (!feel) return null;
  return {
    sizeLabel: pair.sizeLabel,
    widthCode: pair.widthCode,
    ...feel,
    footLengthMm: pair.footLengthMm ?? null,
    widthNeedCode: pair.widthNeedCode ?? null,
    source: "return",
    at: pair.at,
  };
}

/** The reasons that produce a signal, for the test that compares them with lib/returns. */
export const FIT_RETURN_REASONS = Object.keys(FEEL_BY_REASON) as FitReturnReason[];
