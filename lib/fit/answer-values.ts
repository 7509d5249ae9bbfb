// Allowed values of every quiz answer (docs/product-spec.md §2 and §3). The zod schema, the
// engine and the test arbitraries all read these lists, so a new value is added in one place.

export const SAFETY_ANSWERS = ["yes", "no", "not_sure"] as const;
export const SHOPPER_RANGES = ["men", "women", "both"] as const;
export const SIZE_SYSTEMS = ["US", "UK", "EU"] as const;
export const FEET_DIFFER = ["no", "half", "more", "unsure"] as const;
export const WIDTH_FEELS = ["loose", "just_right", "bit_tight", "very_tight", "unsure"] as const;
export const FOREFOOT = ["none", "bunion_or_wide", "cramped_toes", "unsure"] as const;
export const ARCHES = ["low", "medium", "high", "unsure"] as const;
export const ORTHOTICS = ["custom", "off_the_shelf", "none"] as const;
export const WALKING_MINUTES = ["lt10", "10to30", "30to60", "60plus"] as const;
export const SURFACES = ["pavement", "mixed", "trail"] as const;
export const CURRENT_SHOES = ["flat", "trainers", "heeled", "unsure"] as const;
export const UNSTEADY = ["no", "sometimes", "often"] as const;
export const PAIN_WHERE = ["back_only", "back_and_buttock_thigh", "one_leg_below_knee", "both_legs", "unsure"] as const;
export const WALKING_EFFECTS = ["helps_or_none", "back_pain", "leg_symptoms", "unsure"] as const;
export const EASES = ["sit_or_bend", "stop_standing", "not_quickly", "unsure"] as const;
export const DURATIONS = ["lt6w_improving", "lt6w_not_improving", "6to12w", "gt12w"] as const;
export const CUSHIONS = ["plush", "balanced", "firm", "unsure"] as const;
export const SUPPORT_PREFS = ["more", "neutral", "unsure"] as const;
export const CLOSURE_PREFS = ["laces", "hook_and_loop", "slip_on", "any"] as const;

/**
 * Plausible size labels per system, in half sizes. Wide enough for adult men's and women's
 * labels; anything outside is far more likely a typo than a foot.
 */
export const SIZE_LIMITS: Record<(typeof SIZE_SYSTEMS)[number], { min: number; max: number }> = {
  US: { min: 4, max: 16 },
  UK: { min: 3, max: 15 },
  EU: { min: 34, max: 50 },
};

/** Foot length limits in mm: roughly a child's EU 31 to a men's US 17. */
export const FOOT_LENGTH_LIMITS_MM = { min: 200, max: 330 } as const;

/** Budget cap in cents (1,000,000.00) so a stray extra digit can't overflow price maths. */
export const MAX_BUDGET_CENTS = 100_000_000;
