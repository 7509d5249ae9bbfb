// The reasons a shopper can give, fit reasons first: they are most of why shoes come back, and
// the store learns from them. Shared by the return form, the admin and the reports.

export const RETURN_REASONS = [
  "too_small",
  "too_big",
  "too_narrow",
  "too_wide",
  "heel_slips",
  "uncomfortable",
  "not_as_pictured",
  "faulty",
  "changed_mind",
] as const;

export type ReturnReasonCode = (typeof RETURN_REASONS)[number];

export const RETURN_REASON_LABELS: Record<ReturnReasonCode, string> = {
  too_small: "Too small",
  too_big: "Too big",
  too_narrow: "Too narrow",
  too_wide: "Too wide",
  heel_slips: "Heel slips",
  uncomfortable: "Uncomfortable",
  not_as_pictured: "Not as pictured",
  faulty: "Faulty",
  changed_mind: "Changed my mind",
};
