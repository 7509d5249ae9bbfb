import type { FitAnswers } from "./answers-schema";
import type { Advisory, AdvisoryId } from "./types";

// Advisories (docs/product-spec.md §3.4) never stop the quiz: results show with a banner and a
// link to the when-to-see-a-clinician article. The wording never names a condition; it says
// who to talk to and why, in everyday words.

export const ADVISORY_TEXT: Record<AdvisoryId, string> = {
  ADV_DURATION:
    "Back pain that has lasted more than a few weeks, or isn't getting better, is worth talking through with a GP or physiotherapist.",
  ADV_LEG_SYMPTOMS: "Leg symptoms that come on when you walk are worth mentioning to a GP or physiotherapist.",
  ADV_LEG_SIT_BEND:
    "Leg symptoms that ease when you sit or bend forward are worth mentioning to a GP or physiotherapist. Our pacing article has ideas for planning walks with rests.",
  ADV_CALF_STOP:
    "Calf symptoms that ease when you just stop and stand still are worth getting checked, as it can relate to circulation.",
  ADV_UNSTEADY:
    "Feeling unsteady often is worth raising with a GP or physiotherapist, who can check your balance and suggest ways to walk with confidence.",
  ADV_DIABETES_FEET:
    "With numb feet, ask your diabetes foot-care team before changing shoes, and check your feet each day for rubbing or marks.",
  ADV_PREGNANCY:
    "During pregnancy your feet and balance can change: your midwife or GP can advise on staying active, and it's worth re-measuring your feet.",
};

/** Only one leg-symptom advisory shows: the pattern-specific wording when the answer gives one. */
function legAdvisoryId(pain: FitAnswers["pain"]): AdvisoryId | null {
  if (pain.walkingEffect !== "leg_symptoms") return null;
  if (pain.eases === "sit_or_bend") return "ADV_LEG_SIT_BEND";
  if (pain.eases === "stop_standing") return "ADV_CALF_STOP";
  return "ADV_LEG_SYMPTOMS";
}

export function chooseAdvisories(answers: FitAnswers): Advisory[] {
  const ids: AdvisoryId[] = [];
  if (answers.pain.duration !== "lt6w_improving") ids.push("ADV_DURATION");
  const leg = legAdvisoryId(answers.pain);
  if (leg) ids.push(leg);
  if (answers.unsteady === "often") ids.push("ADV_UNSTEADY");
  if (answers.context.diabetesNumbFeet) ids.push("ADV_DIABETES_FEET");
  if (answers.context.pregnant) ids.push("ADV_PREGNANCY");
  return ids.map((id) => ({ id, text: ADVISORY_TEXT[id] }));
}
