// Phrases no copy the app shows may contain (docs/product-spec.md §1.2): no footwear is proven
// to prevent or treat back pain, so no text may claim it. tests/unit/copy-lint.test.ts runs
// findBannedPhrases over app/, components/, lib/ and the seed data.
//
// Honest negations stay allowed ("shoes and insoles haven't been shown to treat back pain"),
// so a claim verb right after a negation in the same clause isn't flagged.

type BannedRule = { id: string; pattern: RegExp; negatable: boolean };

const CLAIM_VERB =
  "(?:reliev(?:e|es|ed|ing)|relief|reduc(?:e|es|ed|ing)|treat(?:s|ed|ing)?|cur(?:e|es|ed|ing)|prevent(?:s|ed|ing)?)";
const PAIN = "(?:back\\s*pain|backache|pain|sciatica)";
/** Up to four words may sit between a claim verb and the pain word: "reduces your lower back pain". */
const GAP = "(?:[\\s,-]+[\\w'-]+){0,4}?[\\s,-]+";

export const BANNED_RULES: readonly BannedRule[] = [
  { id: "claim-near-pain", pattern: new RegExp(`\\b${CLAIM_VERB}${GAP}${PAIN}\\b`, "gi"), negatable: true },
  {
    id: "pain-before-claim",
    pattern: new RegExp(`\\b${PAIN}[\\s-]+(?:relief|reliever|relieving|reducing|reduction)\\b`, "gi"),
    negatable: true,
  },
  {
    id: "for-condition",
    pattern: /\bfor\s+(?:sciatica|stenosis|(?:a\s+)?herniated\s+dis[ck]s?)\b/gi,
    negatable: false,
  },
  { id: "aligns-spine", pattern: /\balign(?:s|ed|ing)?\s+(?:your\s+|the\s+)?spine\b/gi, negatable: false },
  { id: "corrects-posture", pattern: /\bcorrect(?:s|ed|ing)?\s+(?:your\s+)?posture\b/gi, negatable: false },
  { id: "clinically-proven", pattern: /\bclinically[\s-]+proven\b/gi, negatable: true },
  { id: "shock-absorption-percent", pattern: /%\s*more\s+shock[\s-]+absorption\b/gi, negatable: false },
  { id: "less-impact-percent", pattern: /%\s*less\s+impact\b/gi, negatable: false },
  { id: "podiatrist-prescribed", pattern: /\bpodiatrist[\s-]+prescribed\b/gi, negatable: false },
];

/**
 * Negation cues: "not", "never", "cannot", "-n't" ("haven't been shown to", also written with
 * ’ or an HTML entity in JSX), and "no <thing> is/has…" ("no shoe is proven to").
 */
const NEGATION =
  /(?:\b(?:not|never|cannot)\b|n(?:'|’|&apos;|&#39;|&rsquo;)t\b|\bno\s+(?:[\w-]+\s+){1,3}?(?:is|are|has|have|was|were|can|does|do)\b)/gi;
/** A negation only reaches this many words ahead, and never past a clause break or a "but". */
const NEGATION_REACH_WORDS = 5;
/**
 * Sentence and clause ends, markup tags, blank lines and list items all end a negation's
 * reach; a single line break doesn't, since wrapped source text breaks mid-sentence.
 */
const CLAUSE_BREAK =
  /[.!?;:,()<>]|\n\s*\n|\n\s*(?:[-*+]|\d+\.)\s|\b(?:but|yet|however|although|though|while|instead)\b/i;

function isNegated(text: string, matchStart: number): boolean {
  const before = text.slice(Math.max(0, matchStart - 160), matchStart);
  for (const cue of before.matchAll(NEGATION)) {
    const between = before.slice((cue.index ?? 0) + cue[0].length);
    const words = between.trim() === "" ? 0 : between.trim().split(/\s+/).length;
    if (!CLAUSE_BREAK.test(between) && words <= NEGATION_REACH_WORDS) return true;
  }
  return false;
}

export type BannedMatch = { phrase: string; index: number };

/** Every banned phrase in the text with its offset, in rule order. */
export function findBannedPhraseMatches(text: string): BannedMatch[] {
  const found: BannedMatch[] = [];
  for (const rule of BANNED_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const index = match.index ?? 0;
      if (rule.negatable && isNegated(text, index)) continue;
      found.push({ phrase: match[0], index });
    }
  }
  return found;
}

/** Every banned phrase in the text, as written; empty when the text is clean. */
export function findBannedPhrases(text: string): string[] {
  return findBannedPhraseMatches(text).map((match) => match.phrase);
}
