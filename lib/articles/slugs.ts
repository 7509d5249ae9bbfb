// Slugs of the guidance articles the app links to by name (fit results, footer, home page).
// The seed creates an article for each; staff may edit the text but should keep the slug.
export const ARTICLE_SLUGS = {
  measureFeet: "measure-your-feet-and-width-codes",
  startWalking: "start-walking-with-back-pain",
  cushionAndSupport: "cushioning-and-support-comfort-choices",
  pacingWalks: "pacing-walks-when-legs-ache",
  warningSigns: "warning-signs-that-need-medical-care",
  seeClinician: "when-to-see-a-clinician",
  orthotics: "choosing-shoes-with-orthotics",
} as const;

export type ArticleSlug = (typeof ARTICLE_SLUGS)[keyof typeof ARTICLE_SLUGS];
