// What each fit fact means, shown under its field so staff enter the same thing the fit quiz
// reads (docs/product-spec.md §4.1). Fit and comfort words only: no health claims.

export const PRODUCT_FIELD_HELP: Record<string, string> = {
  slug: "The shoe's web address: /shoes/<this>. Lower-case words joined by hyphens. Changing it breaks old links.",
  range: "Which size labels it is made in. Unisex shoes are stocked in both men's and women's sizes.",
  description: "Two or three sentences on fit and feel. Describe comfort, not medical effects.",
  price: "In dollars and cents, like 129.95. Shoppers pay exactly this.",
  featuredRank: "Lower numbers come first in the “featured” sort. Leave empty to sort after ranked shoes.",
  support:
    "Neutral: no guiding features. Stability: firmer medial side or guide rails. Motion: the firmest, most structured.",
  cushionLevel: "1 = firm and close to the ground, 5 = the softest, deepest cushioning. A feel preference.",
  heelStackMm: "Height of the midsole and outsole under the heel, in millimetres.",
  forefootStackMm:
    "Height under the ball of the foot, in millimetres. The drop is heel minus forefoot and is worked out for you.",
  rocker: "How much the sole curves up at the toe (and heel). None = flat, pronounced = a clear rocking roll.",
  heelCounter: "Stiffness of the cup around the heel: flexible, moderate or firm.",
  baseWidth: "How wide the sole's platform is under the foot (not the size width).",
  toeBox: "Room around the toes: tapered, standard, roomy or anatomical (foot-shaped).",
  weightG: "Weight of one shoe in grams, in the sample size.",
  removableInsole: "Whether the insole lifts out (so a person can use their own insert).",
  closure: "Laces, hook-and-loop straps, or slip-on.",
  outsole: "Road: pavements. Mixed: paths and light gravel. Trail: rough ground.",
  published: "Published shoes appear in the shop straight away; hidden ones don't.",
};
