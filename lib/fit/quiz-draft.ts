import type { ZodError } from "zod";
import { fieldErrorsFrom } from "./field-errors";

// The quiz form keeps answers in form-friendly fields (strings from inputs); this module turns
// them into the API's answers object and maps validation errors back onto the form's fields.

export type QuizDraft = {
  safety: Record<string, string>;
  range: string;
  sizeSystem: "US" | "UK" | "EU" | "mm";
  sizeValue: string;
  feetDiffer: string;
  widthMode: string;
  widthCode: string;
  forefoot: string;
  arch: string;
  orthotics: string;
  walkingMinutes: string;
  surface: string;
  currentShoes: string;
  unsteady: string;
  pain: { where: string; walkingEffect: string; eases: string; duration: string };
  context: { diabetesNumbFeet: string; pregnant: string };
  cushion: string;
  support: string;
  closure: string;
  budget: string;
};

export const EMPTY_DRAFT: QuizDraft = {
  safety: {},
  range: "",
  sizeSystem: "US",
  sizeValue: "",
  feetDiffer: "",
  widthMode: "",
  widthCode: "",
  forefoot: "",
  arch: "",
  orthotics: "",
  walkingMinutes: "",
  surface: "",
  currentShoes: "",
  unsteady: "",
  pain: { where: "", walkingEffect: "", eases: "", duration: "" },
  context: { diabetesNumbFeet: "", pregnant: "" },
  cushion: "",
  support: "",
  closure: "",
  budget: "none",
};

const blankToUndefined = (value: string) => (value === "" ? undefined : value);
const yesNoToBoolean = (value: string) => (value === "yes" ? true : value === "no" ? false : undefined);

function toNumber(value: string): number | undefined {
  const trimmed = value.trim();
  return trimmed === "" || Number.isNaN(Number(trimmed)) ? undefined : Number(trimmed);
}

/** The answers object the API takes; unanswered fields are left undefined for zod to name. */
export function draftToAnswers(draft: QuizDraft): Record<string, unknown> {
  const size =
    draft.sizeSystem === "mm"
      ? { footLengthMm: toNumber(draft.sizeValue) }
      : { system: draft.sizeSystem, value: toNumber(draft.sizeValue) };
  return {
    safety: Object.fromEntries(Object.entries(draft.safety).map(([key, value]) => [key, blankToUndefined(value)])),
    range: blankToUndefined(draft.range),
    size,
    feetDiffer: blankToUndefined(draft.feetDiffer),
    width: draft.widthMode === "code" ? { code: blankToUndefined(draft.widthCode) } : blankToUndefined(draft.widthMode),
    forefoot: blankToUndefined(draft.forefoot),
    arch: blankToUndefined(draft.arch),
    orthotics: blankToUndefined(draft.orthotics),
    walkingMinutes: blankToUndefined(draft.walkingMinutes),
    surface: blankToUndefined(draft.surface),
    currentShoes: blankToUndefined(draft.currentShoes),
    unsteady: blankToUndefined(draft.unsteady),
    pain: {
      where: blankToUndefined(draft.pain.where),
      walkingEffect: blankToUndefined(draft.pain.walkingEffect),
      ...(draft.pain.walkingEffect === "leg_symptoms" ? { eases: blankToUndefined(draft.pain.eases) } : {}),
      duration: blankToUndefined(draft.pain.duration),
    },
    context: {
      diabetesNumbFeet: yesNoToBoolean(draft.context.diabetesNumbFeet),
      pregnant: yesNoToBoolean(draft.context.pregnant),
    },
    cushion: blankToUndefined(draft.cushion),
    support: blankToUndefined(draft.support),
    closure: blankToUndefined(draft.closure),
    budgetCents: draft.budget === "none" ? null : toNumber(draft.budget),
  };
}

/** API field paths → the form field that shows the error. */
export function answerPathToField(path: string): string {
  if (path.startsWith("size")) return "sizeValue";
  if (path === "width.code") return "widthCode";
  if (path.startsWith("width")) return "widthMode";
  if (path === "budgetCents") return "budget";
  return path;
}

/** Zod errors (or the API's `fields`) keyed by form field. */
export function draftErrors(source: ZodError | Record<string, string>): Record<string, string> {
  const byPath = "issues" in source ? fieldErrorsFrom(source as ZodError) : source;
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) errors[answerPathToField(path)] ??= message;
  return errors;
}
