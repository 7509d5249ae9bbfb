// Demo collections for the seed. Copy follows docs/product-spec.md §1: fit and comfort only.

/** Slug of the "Walking shoes for everyday comfort" collection (hand-picked cushioned, steady walkers). */
export const COMFORT_WALKING_COLLECTION_SLUG = "back-pain-walking";

export type SeedCollection = { slug: string; title: string; description: string; featuredRank: number | null };

export const SEED_COLLECTIONS: SeedCollection[] = [
  {
    slug: COMFORT_WALKING_COLLECTION_SLUG,
    title: "Walking shoes for everyday comfort",
    description:
      "Cushioned, steady-feeling walking shoes with supportive heel counters, chosen for people who walk to stay active while living with back pain. Picked for fit and comfort: good shoes make it easier to keep walking, and guidelines recommend staying active.",
    featuredRank: 1,
  },
  {
    slug: "wide-and-extra-wide",
    title: "Wide and extra-wide fits",
    description:
      "Shoes made in true wide widths: men's 4E and 6E, women's 2E and 4E. Measure your feet, then pick the width that feels right across the ball of your foot.",
    featuredRank: 2,
  },
  {
    slug: "men",
    title: "Men's walking shoes",
    description: "Men's and unisex walking, everyday, trail and recovery shoes in widths from B to 6E.",
    featuredRank: 3,
  },
  {
    slug: "women",
    title: "Women's walking shoes",
    description: "Women's and unisex walking, everyday, trail and recovery shoes in widths from 2A to 4E.",
    featuredRank: 4,
  },
  {
    slug: "stability",
    title: "Stability and motion-control shoes",
    description: "Shoes with a firmer, more guided feel underfoot, for walkers who like a steady, supported ride.",
    featuredRank: null,
  },
  {
    slug: "max-cushion",
    title: "Maximum cushion",
    description:
      "Our deepest, softest midsoles, for walkers who prefer a plush feel with every step. Cushioning is a comfort preference, so try a few and choose what feels best to you.",
    featuredRank: null,
  },
];
