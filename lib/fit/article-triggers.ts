import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import type { FitAnswers } from "./answers-schema";
import type { Advisory, ArticleLink } from "./types";

// Articles by trigger (docs/product-spec.md §5.9), in the order the results page lists them;
// the warning-signs article is always last (the page shows it small).

/** Used when the caller's titles map lacks a slug, so a link never goes missing. */
const DEFAULT_TITLES: Record<string, string> = {
  [ARTICLE_SLUGS.measureFeet]: "How to measure your feet and read width codes",
  [ARTICLE_SLUGS.startWalking]: "Starting a walking routine",
  [ARTICLE_SLUGS.pacingWalks]: "Pacing walks when your legs ache",
  [ARTICLE_SLUGS.seeClinician]: "When to see a clinician",
  [ARTICLE_SLUGS.warningSigns]: "Warning signs that need medical care",
};

export function chooseArticles(
  answers: FitAnswers,
  advisories: readonly Advisory[],
  titles: Readonly<Record<string, string>>,
): ArticleLink[] {
  const slugs: string[] = [ARTICLE_SLUGS.measureFeet];
  if (answers.walkingMinutes === "lt10" || answers.walkingMinutes === "10to30") slugs.push(ARTICLE_SLUGS.startWalking);
  if (answers.pain.walkingEffect === "leg_symptoms") slugs.push(ARTICLE_SLUGS.pacingWalks);
  if (advisories.length > 0) slugs.push(ARTICLE_SLUGS.seeClinician);
  slugs.push(ARTICLE_SLUGS.warningSigns);
  return slugs.map((slug) => ({ slug, title: titles[slug] ?? DEFAULT_TITLES[slug] ?? slug }));
}
