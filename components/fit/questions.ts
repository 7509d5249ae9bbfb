// The quiz's questions as data: wording, "why we ask" and options (docs/product-spec.md §3). Field
// names are the form's; lib/fit/quiz-draft.ts turns the form into the API's answers object.

export type Option = { value: string; label: string };
export type ChoiceQuestion = { name: string; label: string; why: string; options: Option[] };

const yesNoNotSure: Option[] = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
  { value: "not_sure", label: "Not sure" },
];

export const SAFETY_WHY =
  "A few signs need a clinician before any shoe shopping. If any apply, we'll tell you where to go instead.";
export const SAFETY_OPTIONS = yesNoNotSure;

export const FEET_QUESTIONS: ChoiceQuestion[] = [
  {
    name: "range",
    label: "Which shoe range do you shop in?",
    why: "Men's and women's shoes use different lasts and width letters.",
    options: [
      { value: "women", label: "Women's" },
      { value: "men", label: "Men's" },
      { value: "both", label: "Either" },
    ],
  },
  {
    name: "feetDiffer",
    label: "Are your feet different lengths?",
    why: "We size for the larger foot and tell you if a half size matters.",
    options: [
      { value: "no", label: "No" },
      { value: "half", label: "About half a size" },
      { value: "more", label: "More than half a size" },
      { value: "unsure", label: "Not sure" },
    ],
  },
  {
    name: "forefoot",
    label: "Anything about your forefoot?",
    why: "Bunions or cramped toes call for a roomier toe box.",
    options: [
      { value: "none", label: "Nothing in particular" },
      { value: "bunion_or_wide", label: "Bunion or wide forefoot" },
      { value: "cramped_toes", label: "Toes feel cramped" },
      { value: "unsure", label: "Not sure" },
    ],
  },
  {
    name: "arch",
    label: "What is your arch like?",
    why: "Only a comfort hint: matching shoes to arch type hasn't been shown to prevent problems.",
    options: [
      { value: "low", label: "Low or flat" },
      { value: "medium", label: "Medium" },
      { value: "high", label: "High" },
      { value: "unsure", label: "Not sure" },
    ],
  },
  {
    name: "orthotics",
    label: "Do you use insoles or orthotics you want to keep using?",
    why: "If so, only shoes with a removable insole will fit them.",
    options: [
      { value: "none", label: "No" },
      { value: "off_the_shelf", label: "Yes, off-the-shelf insoles" },
      { value: "custom", label: "Yes, custom orthotics" },
    ],
  },
];

export const WIDTH_FEEL_OPTIONS: Option[] = [
  { value: "loose", label: "Loose" },
  { value: "just_right", label: "Just right" },
  { value: "bit_tight", label: "A bit tight" },
  { value: "very_tight", label: "Very tight" },
  { value: "unsure", label: "Not sure" },
  { value: "code", label: "I know my width code" },
];

export const WALKING_QUESTIONS: ChoiceQuestion[] = [
  {
    name: "walkingMinutes",
    label: "How much do you walk on a typical day?",
    why: "It picks the guides we suggest, like building up a routine.",
    options: [
      { value: "lt10", label: "Under 10 minutes" },
      { value: "10to30", label: "10 to 30 minutes" },
      { value: "30to60", label: "30 to 60 minutes" },
      { value: "60plus", label: "Over an hour" },
    ],
  },
  {
    name: "surface",
    label: "Where do you mostly walk?",
    why: "Outsoles grip differently on pavement and trails.",
    options: [
      { value: "pavement", label: "Pavements and roads" },
      { value: "mixed", label: "A mix, including parks and gravel" },
      { value: "trail", label: "Trails" },
    ],
  },
  {
    name: "currentShoes",
    label: "What do you wear most days now?",
    why: "A big change in heel height takes getting used to; we'll flag it.",
    options: [
      { value: "flat", label: "Flat shoes" },
      { value: "trainers", label: "Trainers" },
      { value: "heeled", label: "Shoes with a heel" },
      { value: "unsure", label: "Not sure" },
    ],
  },
  {
    name: "unsteady",
    label: "Do you ever feel unsteady on your feet?",
    why: "A wider base and firm heel feel steadier; very curved soles can feel less so.",
    options: [
      { value: "no", label: "No" },
      { value: "sometimes", label: "Sometimes" },
      { value: "often", label: "Often" },
    ],
  },
];

export const BACK_QUESTIONS: ChoiceQuestion[] = [
  {
    name: "pain.where",
    label: "Where do you feel it?",
    why: "This only shapes the guidance we show. It never changes which shoes rank first.",
    options: [
      { value: "back_only", label: "In my back only" },
      { value: "back_and_buttock_thigh", label: "Back, and buttock or thigh" },
      { value: "one_leg_below_knee", label: "Down one leg, below the knee" },
      { value: "both_legs", label: "In both legs" },
      { value: "unsure", label: "Not sure" },
    ],
  },
  {
    name: "pain.walkingEffect",
    label: "What does walking do?",
    why: "Some patterns are worth mentioning to a clinician; we'll say so.",
    options: [
      { value: "helps_or_none", label: "Helps, or makes no difference" },
      { value: "back_pain", label: "Brings on back pain" },
      { value: "leg_symptoms", label: "Brings on leg pain, heaviness or tingling" },
      { value: "unsure", label: "Not sure" },
    ],
  },
  {
    name: "pain.duration",
    label: "How long has this episode lasted?",
    why: "If it isn't settling, we'll suggest checking in with a clinician.",
    options: [
      { value: "lt6w_improving", label: "Under 6 weeks, and improving" },
      { value: "lt6w_not_improving", label: "Under 6 weeks, not improving" },
      { value: "6to12w", label: "6 to 12 weeks" },
      { value: "gt12w", label: "More than 12 weeks" },
    ],
  },
];

export const EASES_QUESTION: ChoiceQuestion = {
  name: "pain.eases",
  label: "What eases the leg symptoms?",
  why: "Different patterns get different guidance.",
  options: [
    { value: "sit_or_bend", label: "Sitting down or bending forward" },
    { value: "stop_standing", label: "Just stopping, even standing still" },
    { value: "not_quickly", label: "They don't ease quickly" },
    { value: "unsure", label: "Not sure" },
  ],
};

const yesNo: Option[] = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
];

export const CONTEXT_QUESTIONS: ChoiceQuestion[] = [
  {
    name: "context.diabetesNumbFeet",
    label: "Do you have diabetes with numbness in your feet?",
    why: "Your diabetes foot-care team should have a say in footwear; we'll remind you.",
    options: yesNo,
  },
  {
    name: "context.pregnant",
    label: "Are you pregnant?",
    why: "Feet can change size in pregnancy; we'll add a note.",
    options: yesNo,
  },
];

export const PREFERENCE_QUESTIONS: ChoiceQuestion[] = [
  {
    name: "cushion",
    label: "How should each step feel?",
    why: "Cushioning is a comfort preference, so we match your taste.",
    options: [
      { value: "plush", label: "Soft and plush" },
      { value: "balanced", label: "Balanced" },
      { value: "firm", label: "Firm and close to the ground" },
      { value: "unsure", label: "Not sure" },
    ],
  },
  {
    name: "support",
    label: "Do you like a supportive, steady feel?",
    why: "Stability shoes resist rolling inward; some people like that feel.",
    options: [
      { value: "more", label: "Yes, more support" },
      { value: "neutral", label: "No, a neutral feel" },
      { value: "unsure", label: "Not sure" },
    ],
  },
  {
    name: "closure",
    label: "How do you like to fasten shoes?",
    why: "Easy-on shoes matter if bending down is hard.",
    options: [
      { value: "any", label: "Any" },
      { value: "laces", label: "Laces" },
      { value: "hook_and_loop", label: "Hook and loop straps" },
      { value: "slip_on", label: "Slip-on" },
    ],
  },
];

export const BUDGET_OPTIONS: Option[] = [
  { value: "none", label: "No limit" },
  { value: "10000", label: "Up to $100" },
  { value: "13000", label: "Up to $130" },
  { value: "16000", label: "Up to $160" },
  { value: "20000", label: "Up to $200" },
];
