import type { FitRange } from "@/lib/catalog/fit-facts";
import type { SnapshotProduct, SnapshotVariant } from "@/lib/catalog/snapshot-types";
import type { WidthCode } from "@/lib/catalog/width-codes";
import type { ChartLabel } from "./size-chart";
import type { SafetyStop } from "./safety-screen";
import type { WidthRequirement } from "./width-need";

// The engine's output (docs/product-spec.md §7.3). Keys are the API contract; the HTTP layer
// adds resultId and shareUrl to an ok outcome and the stop message to a stop.

export type HardRuleId = "H_RANGE" | "H_SIZE" | "H_WIDTH" | "H_INSOLE" | "H_BUDGET";
export type ReasonId =
  | "FIT_SIZE"
  | "FIT_WIDTH"
  | "FIT_ORTHOTIC"
  | "FEEL_CUSHION"
  | "FEEL_SUPPORT"
  | "FIT_TOEBOX"
  | "FEEL_DROP"
  | "FEEL_STEADY"
  | "USE_WALKING";
export type NoteId =
  | "NOTE_DROP_TRANSITION"
  | "NOTE_WIDTH_UNSURE"
  | "NOTE_FEET_DIFFER"
  | "NOTE_BETWEEN_SIZES"
  | "NOTE_SIZE_LABELS"
  | "NOTE_WIDTH_FALLBACK"
  | "NOTE_OVER_BUDGET"
  | "NOTE_ALTERNATIVE";
export type AdvisoryId =
  | "ADV_DURATION"
  | "ADV_LEG_SYMPTOMS"
  | "ADV_LEG_SIT_BEND"
  | "ADV_CALF_STOP"
  | "ADV_UNSTEADY"
  | "ADV_DIABETES_FEET"
  | "ADV_PREGNANCY";

export type Reason = { id: ReasonId; text: string };
export type Note = { id: NoteId; text: string };
export type Advisory = { id: AdvisoryId; text: string };
export type ArticleLink = { slug: string; title: string };

export type FitItem = {
  product: { slug: string; name: string; brand: string; priceCents: number; currency: string };
  variant: { sku: string; size: string; width: WidthCode; stock: number };
  /** Match to the shopper's answers, 0–100; never a suitability score for a back. */
  score: number;
  reasons: Reason[];
  notes: Note[];
};

export type ExcludedItem = { product: { slug: string; name: string }; ruleId: HardRuleId; text: string };

export type FitOkOutcome = {
  status: "ok";
  picks: FitItem[];
  alternatives: FitItem[];
  fallbacks: FitItem[];
  overBudget: FitItem[];
  excluded: ExcludedItem[];
  advisories: Advisory[];
  articles: ArticleLink[];
  footer: string;
  engine: { version: string; ruleset: string };
};

export type FitStopOutcome = { status: "stop"; stop: SafetyStop };
export type FitOutcome = FitOkOutcome | FitStopOutcome;

export type HardFailure = { ruleId: HardRuleId; text: string };

/** One product through the hard filters, before failure texts are written (hard-filters.ts). */
export type Screened = Omit<Evaluation, "failures"> & {
  /** The shopper's size in the chosen labels: empty without a label or when it isn't made. */
  inSize: readonly SnapshotVariant[];
  /** Failed rules as hard-filters RULE_BIT flags; 0 when the product passes every filter. */
  failed: number;
};

/** One product run through the hard filters for one label range. */
export type Evaluation = {
  product: SnapshotProduct;
  /** The labels (men's or women's) the variant is sized in. */
  fitRange: FitRange;
  label: ChartLabel | null;
  needed: WidthRequirement;
  /** In stock, in the shopper's size and needed width. */
  match: SnapshotVariant | null;
  /** In stock, in the shopper's size and the next roomier width; only looked for without a match. */
  roomier: SnapshotVariant | null;
  /** Distinct width codes in stock in the shopper's size: the first tie-break. */
  widthsInStock: number;
  /** In rule order; empty when the product passes every hard filter. */
  failures: HardFailure[];
};
