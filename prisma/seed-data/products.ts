import type {
  ProductRange, FitRange, Category, Support, Rocker, HeelCounter, BaseWidth, ToeBox, Closure, Outsole,
} from "../../lib/catalog/fit-facts";
import type { WidthCode } from "../../lib/catalog/width-codes";
import { COMFORT_WALKING_COLLECTION_SLUG } from "./collections";

// Demo catalog for the seed. Every model name is invented for this project.
// Copy rules (docs/product-spec.md §1, enforced by a test that scans this file): fit and comfort
// claims only. Product copy never links a shoe to any medical outcome.

export type SeedProduct = {
  slug: string; name: string; brandSlug: string; range: ProductRange; category: Category; description: string;
  priceCents: number; featuredRank: number | null; colour: string; /** hex for the illustration */ colourHex: string; accentHex: string;
  support: Support; cushionLevel: 1|2|3|4|5; heelStackMm: number; forefootStackMm: number; dropMm: number; rocker: Rocker;
  heelCounter: HeelCounter; baseWidth: BaseWidth; toeBox: ToeBox; weightG: number; removableInsole: boolean; closure: Closure; outsole: Outsole;
  /** Width codes offered per sizing range. men/women products list only their range; unisex products list both men and women. */
  widths: Partial<Record<FitRange, WidthCode[]>>;
  collections: string[]; // slugs from SEED_COLLECTIONS
};

type RawProduct = Omit<SeedProduct, "dropMm" | "collections"> & {
  /** In the "Walking shoes for everyday comfort" collection (cushioned walking/everyday shoes with a moderate or firm heel counter). */
  comfortPick?: boolean;
};

// Width sets.
const M_STD: WidthCode[] = ["D", "2E"];
const M_WIDE: WidthCode[] = ["D", "2E", "4E"];
const M_XWIDE: WidthCode[] = ["D", "2E", "4E", "6E"];
const W_NARROW: WidthCode[] = ["2A", "B", "D"];
const W_STD: WidthCode[] = ["B", "D", "2E"];
const W_FULL: WidthCode[] = ["2A", "B", "D", "2E"];
const W_XWIDE: WidthCode[] = ["B", "D", "2E", "4E"];

/** Collections follow from the fit facts, plus the hand-picked comfort collection. */
function collectionsFor(p: RawProduct): string[] {
  const out: string[] = [];
  if (p.comfortPick) out.push(COMFORT_WALKING_COLLECTION_SLUG);
  const men = p.widths.men ?? [];
  const women = p.widths.women ?? [];
  if (men.includes("4E") || men.includes("6E") || women.includes("2E") || women.includes("4E")) {
    out.push("wide-and-extra-wide");
  }
  if (p.range === "men" || p.range === "unisex") out.push("men");
  if (p.range === "women" || p.range === "unisex") out.push("women");
  if (p.support !== "neutral") out.push("stability");
  if (p.cushionLevel === 5) out.push("max-cushion");
  return out;
}

function product(raw: RawProduct): SeedProduct {
  const { comfortPick: _comfortPick, ...rest } = raw;
  return {
    ...rest,
    dropMm: raw.heelStackMm - raw.forefootStackMm,
    collections: collectionsFor(raw),
  };
}

const RAW_PRODUCTS: RawProduct[] = [
  // ── Ambleworth ───────────────────────────────────────────────────────────────
  {
    slug: "harbour-walk", name: "Harbour Walk", brandSlug: "ambleworth", range: "men", category: "walking",
    description:
      "A cushioned everyday walker built on a broad, stable base with a firm heel counter that keeps your heel settled. The roomy toe box and true 4E and 6E widths give wide feet space without slipping. A gentle rocker keeps longer walks feeling smooth.",
    priceCents: 13495, featuredRank: 1, colour: "Slate grey", colourHex: "#5b6670", accentHex: "#e8833a",
    support: "stability", cushionLevel: 4, heelStackMm: 32, forefootStackMm: 22, rocker: "mild",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 335, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: M_XWIDE }, comfortPick: true,
  },
  {
    slug: "quayside-walk", name: "Quayside Walk", brandSlug: "ambleworth", range: "women", category: "walking",
    description:
      "A women's walker with plenty of cushioning and a steady feel from the wide base and firm heel. The toe box is roomy and the shoe is made in widths up to 4E. Smooth on pavements for daily walks of any length.",
    priceCents: 13495, featuredRank: 2, colour: "Heather", colourHex: "#8d6e97", accentHex: "#f2c14e",
    support: "stability", cushionLevel: 4, heelStackMm: 30, forefootStackMm: 20, rocker: "mild",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 285, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_XWIDE }, comfortPick: true,
  },
  {
    slug: "broadstep", name: "Broadstep", brandSlug: "ambleworth", range: "men", category: "walking",
    description:
      "Broadstep has a foot-shaped toe box and a wide platform, so toes can spread and the forefoot never feels pinched. Balanced cushioning and a grippy mixed-surface outsole make it an easy choice for park paths and pavements. Made in widths up to 6E.",
    priceCents: 11995, featuredRank: null, colour: "Navy", colourHex: "#2f3e5c", accentHex: "#6cc3b8",
    support: "neutral", cushionLevel: 3, heelStackMm: 28, forefootStackMm: 18, rocker: "none",
    heelCounter: "moderate", baseWidth: "wide", toeBox: "anatomical", weightG: 320, removableInsole: true, closure: "laces", outsole: "mixed",
    widths: { men: M_XWIDE }, comfortPick: true,
  },
  {
    slug: "meadow-easy", name: "Meadow Easy", brandSlug: "ambleworth", range: "women", category: "everyday",
    description:
      "An everyday shoe with two hook-and-loop straps, so it is easy to get on and adjust through the day. Soft padding around the collar and a roomy toe box give a relaxed fit.",
    priceCents: 9995, featuredRank: null, colour: "Sage", colourHex: "#8fa98a", accentHex: "#f4f1de",
    support: "neutral", cushionLevel: 3, heelStackMm: 26, forefootStackMm: 18, rocker: "none",
    heelCounter: "moderate", baseWidth: "standard", toeBox: "roomy", weightG: 250, removableInsole: true, closure: "hook_and_loop", outsole: "road",
    widths: { women: W_XWIDE },
  },
  {
    slug: "cloudmoor-recovery", name: "Cloudmoor Recovery", brandSlug: "ambleworth", range: "unisex", category: "recovery",
    description:
      "A deep, pillowy slip-on for after a long walk or for pottering around the house. The pronounced rocker sole rolls you forward with little effort, and the moulded footbed is part of the shoe. Made in men's and women's sizing.",
    priceCents: 8995, featuredRank: null, colour: "Sea glass", colourHex: "#7fb7b0", accentHex: "#2d4f4a",
    support: "neutral", cushionLevel: 5, heelStackMm: 38, forefootStackMm: 32, rocker: "pronounced",
    heelCounter: "flexible", baseWidth: "wide", toeBox: "roomy", weightG: 290, removableInsole: false, closure: "slip_on", outsole: "road",
    widths: { men: M_WIDE, women: W_STD },
  },
  {
    slug: "fellgate-trail", name: "Fellgate Trail", brandSlug: "ambleworth", range: "men", category: "trail",
    description:
      "A sturdy trail walker with deep lugs, a firm heel counter and a wide base that stays planted on loose ground. The roomy toe box leaves space for thicker socks, and it is made up to 6E.",
    priceCents: 14495, featuredRank: null, colour: "Olive", colourHex: "#5c6b3a", accentHex: "#d9822b",
    support: "neutral", cushionLevel: 3, heelStackMm: 30, forefootStackMm: 22, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 365, removableInsole: true, closure: "laces", outsole: "trail",
    widths: { men: M_XWIDE },
  },
  {
    slug: "lowlander-max", name: "Lowlander Max", brandSlug: "ambleworth", range: "women", category: "walking",
    description:
      "Our softest women's walker, with a tall, plush midsole and a pronounced rocker that rolls smoothly through each step. The wide base and roomy toe box keep the fit generous, in widths up to 4E.",
    priceCents: 15495, featuredRank: null, colour: "Dusk blue", colourHex: "#4a6fa5", accentHex: "#f7a072",
    support: "neutral", cushionLevel: 5, heelStackMm: 40, forefootStackMm: 34, rocker: "pronounced",
    heelCounter: "moderate", baseWidth: "wide", toeBox: "roomy", weightG: 265, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_XWIDE },
  },

  // ── Kestrelwalk ──────────────────────────────────────────────────────────────
  {
    slug: "trailwise-comfort-2", name: "Trailwise Comfort 2", brandSlug: "kestrelwalk", range: "men", category: "walking",
    description:
      "A well-cushioned walker with a mixed-surface outsole that moves easily from pavement to gravel paths. The heel is held securely and the mild rocker gives a smooth roll. Made in D, 2E and a true 4E width.",
    priceCents: 13900, featuredRank: 3, colour: "Charcoal", colourHex: "#3d4148", accentHex: "#4fb0c6",
    support: "neutral", cushionLevel: 4, heelStackMm: 33, forefootStackMm: 25, rocker: "mild",
    heelCounter: "moderate", baseWidth: "standard", toeBox: "standard", weightG: 300, removableInsole: true, closure: "laces", outsole: "mixed",
    widths: { men: M_WIDE }, comfortPick: true,
  },
  {
    slug: "swiftline", name: "Swiftline", brandSlug: "kestrelwalk", range: "women", category: "walking",
    description:
      "A light, close-fitting walker for brisk pavement walks. The firmer, responsive midsole and tapered toe suit slimmer feet, and it comes in 2A, B and D widths.",
    priceCents: 10995, featuredRank: null, colour: "Coral", colourHex: "#e56b5d", accentHex: "#fbe3d6",
    support: "neutral", cushionLevel: 2, heelStackMm: 24, forefootStackMm: 16, rocker: "none",
    heelCounter: "flexible", baseWidth: "narrow", toeBox: "tapered", weightG: 215, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_NARROW },
  },
  {
    slug: "fleetway", name: "Fleetway", brandSlug: "kestrelwalk", range: "men", category: "walking",
    description:
      "A lean, lightweight walker with a snug midfoot and a tapered toe for narrower feet. The firm, springy ride feels quick on pavements. Offered in B, D and 2E.",
    priceCents: 10995, featuredRank: null, colour: "Cobalt", colourHex: "#2f5fa8", accentHex: "#f5d04a",
    support: "neutral", cushionLevel: 2, heelStackMm: 25, forefootStackMm: 17, rocker: "none",
    heelCounter: "flexible", baseWidth: "narrow", toeBox: "tapered", weightG: 245, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: ["B", "D", "2E"] },
  },
  {
    slug: "kestrel-zero", name: "Kestrel Zero", brandSlug: "kestrelwalk", range: "unisex", category: "everyday",
    description:
      "A flat, flexible everyday shoe with a level heel and forefoot and a thin, firm sole that lets you feel the ground. The foot-shaped toe box gives toes room to spread. If you usually wear a raised heel, ease into it over a few weeks.",
    priceCents: 9995, featuredRank: null, colour: "Sand", colourHex: "#cbb38a", accentHex: "#3c3c3c",
    support: "neutral", cushionLevel: 1, heelStackMm: 12, forefootStackMm: 12, rocker: "none",
    heelCounter: "flexible", baseWidth: "standard", toeBox: "anatomical", weightG: 215, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: M_STD, women: ["B", "D"] },
  },
  {
    slug: "hillcrest-trail", name: "Hillcrest Trail", brandSlug: "kestrelwalk", range: "women", category: "trail",
    description:
      "A nimble women's trail walker with a grippy lugged outsole and balanced cushioning. The low drop keeps you close to the ground on uneven paths, and the heel is held securely.",
    priceCents: 12995, featuredRank: null, colour: "Moss", colourHex: "#56704b", accentHex: "#f08a4b",
    support: "neutral", cushionLevel: 3, heelStackMm: 29, forefootStackMm: 23, rocker: "none",
    heelCounter: "moderate", baseWidth: "standard", toeBox: "standard", weightG: 270, removableInsole: true, closure: "laces", outsole: "trail",
    widths: { women: W_STD },
  },
  {
    slug: "evenfield", name: "Evenfield", brandSlug: "kestrelwalk", range: "men", category: "walking",
    description:
      "A motion-control walker with a firm heel counter, a wide flat base and a guided, very steady feel. The midsole is balanced rather than soft, and the shoe is made in D, 2E and 4E.",
    priceCents: 12495, featuredRank: null, colour: "Black", colourHex: "#25272b", accentHex: "#b9c2cc",
    support: "motion", cushionLevel: 3, heelStackMm: 30, forefootStackMm: 20, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "standard", weightG: 350, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: M_WIDE }, comfortPick: true,
  },
  {
    slug: "sunmeadow", name: "Sunmeadow", brandSlug: "kestrelwalk", range: "women", category: "walking",
    description:
      "A women's motion-control walker with a wide, flat base and a firm heel counter for a steady, guided feel. Balanced cushioning and a durable road outsole suit daily walks, in widths up to 4E.",
    priceCents: 12495, featuredRank: null, colour: "Stone", colourHex: "#b5ab9c", accentHex: "#5a7fa6",
    support: "motion", cushionLevel: 3, heelStackMm: 28, forefootStackMm: 18, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "standard", weightG: 295, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_XWIDE }, comfortPick: true,
  },

  // ── Tidewell ─────────────────────────────────────────────────────────────────
  {
    slug: "swellcrest-5", name: "Swellcrest 5", brandSlug: "tidewell", range: "men", category: "walking",
    description:
      "A tall, plush walker with a wide base and a pronounced rocker that rolls you smoothly from heel to toe. The cushioning feels soft and bouncy on long pavement walks. Made in D, 2E and 4E.",
    priceCents: 18495, featuredRank: 4, colour: "Ocean", colourHex: "#1f6f8b", accentHex: "#f2a541",
    support: "neutral", cushionLevel: 5, heelStackMm: 42, forefootStackMm: 36, rocker: "pronounced",
    heelCounter: "moderate", baseWidth: "wide", toeBox: "standard", weightG: 320, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: M_WIDE },
  },
  {
    slug: "breakwater", name: "Breakwater", brandSlug: "tidewell", range: "women", category: "walking",
    description:
      "A women's max-cushion walker with a deep, soft midsole and a pronounced rocker for an easy rolling stride. The wide base keeps the tall sole feeling settled. Available from 2A to 2E.",
    priceCents: 16995, featuredRank: null, colour: "Lilac", colourHex: "#a58fc9", accentHex: "#ffd166",
    support: "neutral", cushionLevel: 5, heelStackMm: 40, forefootStackMm: 34, rocker: "pronounced",
    heelCounter: "moderate", baseWidth: "wide", toeBox: "standard", weightG: 270, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_FULL },
  },
  {
    slug: "longshore", name: "Longshore", brandSlug: "tidewell", range: "men", category: "walking",
    description:
      "A generously cushioned stability walker with a firm heel counter, a wide base and a roomy toe box. The mild rocker keeps long walks smooth. Its cushioned footbed is glued in place, so it won't take a separate insole; made up to 6E.",
    priceCents: 14995, featuredRank: 5, colour: "Graphite", colourHex: "#4a4e57", accentHex: "#9ad1d4",
    support: "stability", cushionLevel: 4, heelStackMm: 36, forefootStackMm: 28, rocker: "mild",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 330, removableInsole: false, closure: "laces", outsole: "road",
    widths: { men: M_XWIDE }, comfortPick: true,
  },
  {
    slug: "shorebird", name: "Shorebird", brandSlug: "tidewell", range: "women", category: "walking",
    description:
      "A soft, light women's walker with a roomy toe box and a mild rocker for an easy stride. The cushioned footbed is bonded to the midsole for a seamless feel, so it doesn't take a separate insole. Made in widths up to 4E.",
    priceCents: 13995, featuredRank: 6, colour: "Blush", colourHex: "#e8a5a0", accentHex: "#6b4e71",
    support: "neutral", cushionLevel: 4, heelStackMm: 34, forefootStackMm: 26, rocker: "mild",
    heelCounter: "moderate", baseWidth: "standard", toeBox: "roomy", weightG: 255, removableInsole: false, closure: "laces", outsole: "road",
    widths: { women: W_XWIDE }, comfortPick: true,
  },
  {
    slug: "driftwood-slide", name: "Driftwood Slide", brandSlug: "tidewell", range: "unisex", category: "recovery",
    description:
      "A soft, moulded slip-on for easy wear after a walk. The foot-shaped toe box is roomy and the one-piece footbed feels plush underfoot. Sized in men's and women's labels.",
    priceCents: 6995, featuredRank: null, colour: "Driftwood", colourHex: "#a08c74", accentHex: "#e9e2d0",
    support: "neutral", cushionLevel: 5, heelStackMm: 34, forefootStackMm: 30, rocker: "mild",
    heelCounter: "flexible", baseWidth: "wide", toeBox: "anatomical", weightG: 230, removableInsole: false, closure: "slip_on", outsole: "road",
    widths: { men: M_WIDE, women: W_STD },
  },
  {
    slug: "tideway-trail", name: "Tideway Trail", brandSlug: "tidewell", range: "men", category: "trail",
    description:
      "A cushioned trail walker with a firm heel counter and gentle guidance for a steady feel on rough paths. Deep lugs grip on mud and gravel, and the mild rocker keeps the ride smooth.",
    priceCents: 15995, featuredRank: null, colour: "Forest", colourHex: "#2e4a3a", accentHex: "#e4572e",
    support: "stability", cushionLevel: 4, heelStackMm: 35, forefootStackMm: 27, rocker: "mild",
    heelCounter: "firm", baseWidth: "wide", toeBox: "standard", weightG: 370, removableInsole: true, closure: "laces", outsole: "trail",
    widths: { men: M_WIDE },
  },
  {
    slug: "riptide-pace", name: "Riptide Pace", brandSlug: "tidewell", range: "women", category: "everyday",
    description:
      "A sleek, knit slip-on for errands and short walks, with a firmer, light sole. The tapered toe and snug fit suit slimmer feet.",
    priceCents: 8995, featuredRank: null, colour: "Black", colourHex: "#26262b", accentHex: "#c9a96e",
    support: "neutral", cushionLevel: 2, heelStackMm: 26, forefootStackMm: 18, rocker: "none",
    heelCounter: "flexible", baseWidth: "standard", toeBox: "tapered", weightG: 225, removableInsole: false, closure: "slip_on", outsole: "road",
    widths: { women: ["B", "D"] },
  },

  // ── Hollin & Vale ────────────────────────────────────────────────────────────
  {
    slug: "vale-tempo", name: "Vale Tempo", brandSlug: "hollin-and-vale", range: "men", category: "walking",
    description:
      "A simple, light walker with a firmer ride and a standard fit for brisk walks on pavement. Good value, in D and 2E.",
    priceCents: 8995, featuredRank: null, colour: "Royal blue", colourHex: "#284b8f", accentHex: "#f2f2f2",
    support: "neutral", cushionLevel: 2, heelStackMm: 24, forefootStackMm: 16, rocker: "none",
    heelCounter: "moderate", baseWidth: "standard", toeBox: "standard", weightG: 240, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: M_STD },
  },
  {
    slug: "linnet-tempo", name: "Linnet Tempo", brandSlug: "hollin-and-vale", range: "women", category: "walking",
    description:
      "A light, flexible women's walker with a firmer, responsive feel. The slimmer last and 2A, B and D widths suit narrow to standard feet.",
    priceCents: 8995, featuredRank: null, colour: "Mint", colourHex: "#98d4bb", accentHex: "#34495e",
    support: "neutral", cushionLevel: 2, heelStackMm: 23, forefootStackMm: 15, rocker: "none",
    heelCounter: "moderate", baseWidth: "standard", toeBox: "standard", weightG: 210, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_NARROW },
  },
  {
    slug: "holloway-max", name: "Holloway Max", brandSlug: "hollin-and-vale", range: "men", category: "walking",
    description:
      "Maximum cushioning with a stability frame: a deep, soft midsole, a firm heel counter and a pronounced rocker for a rolling stride. The roomy toe box and 4E and 6E widths give wide feet plenty of space.",
    priceCents: 17995, featuredRank: null, colour: "Midnight", colourHex: "#1d2a44", accentHex: "#ff9f1c",
    support: "stability", cushionLevel: 5, heelStackMm: 40, forefootStackMm: 32, rocker: "pronounced",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 345, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: M_XWIDE },
  },
  {
    slug: "dovecote-max", name: "Dovecote Max", brandSlug: "hollin-and-vale", range: "women", category: "walking",
    description:
      "A plush, steady women's walker with a deep midsole, a firm heel counter and a wide base. The roomy toe box fits comfortably in widths up to 4E. The cushioned footbed is glued in, so it doesn't take a separate insole.",
    priceCents: 16495, featuredRank: 8, colour: "Cloud", colourHex: "#dfe4ea", accentHex: "#7b6fd1",
    support: "stability", cushionLevel: 5, heelStackMm: 38, forefootStackMm: 30, rocker: "mild",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 280, removableInsole: false, closure: "laces", outsole: "road",
    widths: { women: W_XWIDE }, comfortPick: true,
  },
  {
    slug: "bridleway-trail", name: "Bridleway Trail", brandSlug: "hollin-and-vale", range: "men", category: "trail",
    description:
      "A rugged, motion-control trail walker with a firm heel counter, a wide base and an aggressive lugged outsole. It feels solid and planted on rough ground. Made in D, 2E and 4E.",
    priceCents: 15495, featuredRank: null, colour: "Brown", colourHex: "#6d4c3d", accentHex: "#f4a259",
    support: "motion", cushionLevel: 3, heelStackMm: 31, forefootStackMm: 23, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "standard", weightG: 380, removableInsole: true, closure: "laces", outsole: "trail",
    widths: { men: M_WIDE },
  },
  {
    slug: "vale-ridge", name: "Vale Ridge", brandSlug: "hollin-and-vale", range: "women", category: "trail",
    description:
      "A light women's hiker-walker with gentle stability and a mixed-surface outsole that handles towpaths and pavements alike. The mild rocker keeps the stride smooth.",
    priceCents: 13495, featuredRank: null, colour: "Plum", colourHex: "#6d3b63", accentHex: "#f6bd60",
    support: "stability", cushionLevel: 3, heelStackMm: 29, forefootStackMm: 21, rocker: "mild",
    heelCounter: "moderate", baseWidth: "standard", toeBox: "standard", weightG: 285, removableInsole: true, closure: "laces", outsole: "mixed",
    widths: { women: W_STD },
  },
  {
    slug: "ferrier-court", name: "Ferrier Court", brandSlug: "hollin-and-vale", range: "men", category: "everyday",
    description:
      "A smart-casual everyday shoe with a cushioned midsole and a secure heel. Made in widths from B to 4E, so it fits narrow and wide feet alike.",
    priceCents: 9995, featuredRank: null, colour: "Tan", colourHex: "#a47551", accentHex: "#2f4858",
    support: "neutral", cushionLevel: 3, heelStackMm: 27, forefootStackMm: 19, rocker: "none",
    heelCounter: "moderate", baseWidth: "standard", toeBox: "standard", weightG: 300, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: ["B", "D", "2E", "4E"] },
  },

  // ── Larchmere ────────────────────────────────────────────────────────────────
  {
    slug: "ashford-leather-walker", name: "Ashford Leather Walker", brandSlug: "larchmere", range: "men", category: "walking",
    description:
      "A classic full-grain leather walker with a motion-control frame, a firm heel counter and a wide, flat base for a very steady feel. The traditional 12 mm drop feels familiar if you wear a raised heel. Made up to 6E.",
    priceCents: 15995, featuredRank: null, colour: "Brown leather", colourHex: "#6b4226", accentHex: "#c8a46b",
    support: "motion", cushionLevel: 3, heelStackMm: 30, forefootStackMm: 18, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "standard", weightG: 380, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: M_XWIDE },
  },
  {
    slug: "linden-leather-walker", name: "Linden Leather Walker", brandSlug: "larchmere", range: "women", category: "walking",
    description:
      "A women's leather walker with a steady, structured feel from its firm heel counter and wide base. The roomy toe box and widths up to 4E make it an easy fit for broader feet.",
    priceCents: 14995, featuredRank: null, colour: "Black leather", colourHex: "#2b2b2b", accentHex: "#a3835a",
    support: "stability", cushionLevel: 3, heelStackMm: 28, forefootStackMm: 18, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 310, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_XWIDE }, comfortPick: true,
  },
  {
    slug: "easton-strap", name: "Easton Strap", brandSlug: "larchmere", range: "men", category: "walking",
    description:
      "A stability walker with two wide hook-and-loop straps, so it is easy to get on and adjust. The firm heel counter and wide base give a steady feel, with a roomy toe box in widths up to 6E.",
    priceCents: 12995, featuredRank: null, colour: "Bone", colourHex: "#d8cfc0", accentHex: "#6f5b4b",
    support: "stability", cushionLevel: 3, heelStackMm: 29, forefootStackMm: 19, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 360, removableInsole: true, closure: "hook_and_loop", outsole: "road",
    widths: { men: M_XWIDE }, comfortPick: true,
  },
  {
    slug: "rowan-strap", name: "Rowan Strap", brandSlug: "larchmere", range: "women", category: "walking",
    description:
      "A women's strap walker with adjustable hook-and-loop fastening and a removable cushioned insole. The firm heel and wide base give a steady feel, and the roomy toe box comes in widths up to 4E.",
    priceCents: 12995, featuredRank: null, colour: "Navy", colourHex: "#2c3a57", accentHex: "#e6b89c",
    support: "stability", cushionLevel: 3, heelStackMm: 27, forefootStackMm: 17, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 290, removableInsole: true, closure: "hook_and_loop", outsole: "road",
    widths: { women: W_XWIDE }, comfortPick: true,
  },
  {
    slug: "chapelstone-oxford", name: "Chapelstone Oxford", brandSlug: "larchmere", range: "men", category: "everyday",
    description:
      "A dress-casual leather oxford with a walking-shoe sole. The toe is tapered and the fit is trim; the leather-lined footbed is stitched in. Made in D and 2E.",
    priceCents: 13495, featuredRank: null, colour: "Oxblood", colourHex: "#5e1f24", accentHex: "#c9a96e",
    support: "neutral", cushionLevel: 2, heelStackMm: 26, forefootStackMm: 14, rocker: "none",
    heelCounter: "firm", baseWidth: "standard", toeBox: "tapered", weightG: 350, removableInsole: false, closure: "laces", outsole: "road",
    widths: { men: M_STD },
  },
  {
    slug: "parkgate-loafer", name: "Parkgate Loafer", brandSlug: "larchmere", range: "women", category: "everyday",
    description:
      "A soft suede loafer for everyday wear, with a slim, tapered toe and a light, flexible sole. It slips on easily and fits narrow to standard feet, in 2A, B and D.",
    priceCents: 10995, featuredRank: null, colour: "Camel", colourHex: "#b0865a", accentHex: "#3b2f2a",
    support: "neutral", cushionLevel: 2, heelStackMm: 22, forefootStackMm: 12, rocker: "none",
    heelCounter: "moderate", baseWidth: "narrow", toeBox: "tapered", weightG: 240, removableInsole: false, closure: "slip_on", outsole: "road",
    widths: { women: W_NARROW },
  },
  {
    slug: "millrace-everyday", name: "Millrace Everyday", brandSlug: "larchmere", range: "unisex", category: "everyday",
    description:
      "A versatile everyday shoe with balanced cushioning and a mixed-surface outsole for town and park. The heel is held securely and the fit is standard, in men's and women's sizing.",
    priceCents: 10995, featuredRank: null, colour: "Fog", colourHex: "#9aa5ad", accentHex: "#e76f51",
    support: "neutral", cushionLevel: 3, heelStackMm: 28, forefootStackMm: 20, rocker: "none",
    heelCounter: "moderate", baseWidth: "standard", toeBox: "standard", weightG: 290, removableInsole: true, closure: "laces", outsole: "mixed",
    widths: { men: M_WIDE, women: W_STD },
  },

  // ── Pebblestride ─────────────────────────────────────────────────────────────
  {
    slug: "barefield-zero", name: "Barefield Zero", brandSlug: "pebblestride", range: "men", category: "walking",
    description:
      "A zero-drop walker with a thin, flexible sole and a wide, foot-shaped toe box. You feel the ground and walk with a natural, level stance. Switch over gradually if you usually wear cushioned shoes with a raised heel.",
    priceCents: 11495, featuredRank: null, colour: "Earth", colourHex: "#7a5c45", accentHex: "#e9c46a",
    support: "neutral", cushionLevel: 1, heelStackMm: 10, forefootStackMm: 10, rocker: "none",
    heelCounter: "flexible", baseWidth: "wide", toeBox: "anatomical", weightG: 230, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: M_WIDE },
  },
  {
    slug: "fieldnote-zero", name: "Fieldnote Zero", brandSlug: "pebblestride", range: "women", category: "walking",
    description:
      "A featherlight zero-drop walker with a flexible sole and a wide, foot-shaped toe box. Low to the ground with minimal cushioning, for walkers who like to feel the path. Ease into it over a few weeks.",
    priceCents: 11495, featuredRank: null, colour: "Teal", colourHex: "#2a9d8f", accentHex: "#f4e9d8",
    support: "neutral", cushionLevel: 1, heelStackMm: 9, forefootStackMm: 9, rocker: "none",
    heelCounter: "flexible", baseWidth: "wide", toeBox: "anatomical", weightG: 200, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_STD },
  },
  {
    slug: "pebble-trail-zero", name: "Pebble Trail Zero", brandSlug: "pebblestride", range: "unisex", category: "trail",
    description:
      "A zero-drop trail shoe with a grippy lugged outsole and a foot-shaped toe box. The sole is firm and low for a stable, ground-feel ride on uneven paths. Sized in men's and women's labels.",
    priceCents: 12995, featuredRank: null, colour: "Rust", colourHex: "#b5542f", accentHex: "#2f3b2f",
    support: "neutral", cushionLevel: 2, heelStackMm: 16, forefootStackMm: 16, rocker: "none",
    heelCounter: "flexible", baseWidth: "wide", toeBox: "anatomical", weightG: 275, removableInsole: true, closure: "laces", outsole: "trail",
    widths: { men: M_WIDE, women: W_STD },
  },
  {
    slug: "cairn-slip", name: "Cairn Slip", brandSlug: "pebblestride", range: "men", category: "everyday",
    description:
      "A stretch-knit slip-on with a low drop and a roomy, foot-shaped toe box. It is easy to get on and flexes naturally for errands and short walks. Made in D and 2E.",
    priceCents: 9495, featuredRank: null, colour: "Charcoal knit", colourHex: "#3a3f44", accentHex: "#9bc53d",
    support: "neutral", cushionLevel: 2, heelStackMm: 20, forefootStackMm: 16, rocker: "none",
    heelCounter: "flexible", baseWidth: "wide", toeBox: "anatomical", weightG: 250, removableInsole: true, closure: "slip_on", outsole: "road",
    widths: { men: M_STD },
  },
  {
    slug: "skylark-walk", name: "Skylark Walk", brandSlug: "pebblestride", range: "women", category: "walking",
    description:
      "A low-drop women's walker with balanced cushioning and a foot-shaped toe box. It feels natural and roomy without being minimal, and comes in 2A to 2E.",
    priceCents: 11995, featuredRank: null, colour: "Cream", colourHex: "#ece4d4", accentHex: "#4d7ea8",
    support: "neutral", cushionLevel: 3, heelStackMm: 26, forefootStackMm: 22, rocker: "none",
    heelCounter: "moderate", baseWidth: "wide", toeBox: "anatomical", weightG: 240, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_FULL },
  },
  {
    slug: "scree-walk", name: "Scree Walk", brandSlug: "pebblestride", range: "men", category: "trail",
    description:
      "A trail walker with a foot-shaped toe box, a mild rocker and deep lugs for loose ground. The low drop and wide base keep it feeling stable, in widths up to 4E.",
    priceCents: 13495, featuredRank: null, colour: "Khaki", colourHex: "#8a8452", accentHex: "#d1495b",
    support: "neutral", cushionLevel: 3, heelStackMm: 27, forefootStackMm: 21, rocker: "mild",
    heelCounter: "moderate", baseWidth: "wide", toeBox: "anatomical", weightG: 320, removableInsole: true, closure: "laces", outsole: "trail",
    widths: { men: M_WIDE },
  },

  // ── Mossgate ─────────────────────────────────────────────────────────────────
  {
    slug: "homeward-strap", name: "Homeward Strap", brandSlug: "mossgate", range: "men", category: "walking",
    description:
      "A cushioned stability walker with two hook-and-loop straps, so it is easy to get on and to adjust as the day goes on. The firm heel counter and wide base give a steady feel, and it is made in a true 4E and 6E.",
    priceCents: 11995, featuredRank: 7, colour: "Black", colourHex: "#2a2c30", accentHex: "#7ab3c9",
    support: "stability", cushionLevel: 4, heelStackMm: 32, forefootStackMm: 22, rocker: "mild",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 340, removableInsole: true, closure: "hook_and_loop", outsole: "road",
    widths: { men: M_XWIDE }, comfortPick: true,
  },
  {
    slug: "hearthside-strap", name: "Hearthside Strap", brandSlug: "mossgate", range: "women", category: "walking",
    description:
      "A women's cushioned strap walker that is easy to get on, with a firm heel counter and a wide base for a steady feel. The roomy toe box and widths up to 4E leave space for broader feet.",
    priceCents: 11995, featuredRank: null, colour: "Grey", colourHex: "#8b8f94", accentHex: "#e3a6ae",
    support: "stability", cushionLevel: 4, heelStackMm: 30, forefootStackMm: 20, rocker: "mild",
    heelCounter: "firm", baseWidth: "wide", toeBox: "roomy", weightG: 280, removableInsole: true, closure: "hook_and_loop", outsole: "road",
    widths: { women: W_XWIDE }, comfortPick: true,
  },
  {
    slug: "easy-lane-slip-on", name: "Easy Lane Slip-On", brandSlug: "mossgate", range: "men", category: "everyday",
    description:
      "A cushioned slip-on with a stretch collar and a pull tab, so there are no laces to bend down for. The roomy toe box and wide base give a relaxed fit, in D, 2E and 4E.",
    priceCents: 10495, featuredRank: null, colour: "Dark grey", colourHex: "#4b5058", accentHex: "#c4a35a",
    support: "neutral", cushionLevel: 4, heelStackMm: 30, forefootStackMm: 22, rocker: "mild",
    heelCounter: "moderate", baseWidth: "wide", toeBox: "roomy", weightG: 290, removableInsole: true, closure: "slip_on", outsole: "road",
    widths: { men: M_WIDE },
  },
  {
    slug: "willowby-slip-on", name: "Willowby Slip-On", brandSlug: "mossgate", range: "women", category: "everyday",
    description:
      "A soft, cushioned slip-on with a stretch upper and a roomy toe box, easy to get on and comfortable all day. The removable insole makes room for your own.",
    priceCents: 10495, featuredRank: null, colour: "Rose", colourHex: "#c98b8b", accentHex: "#f6efe6",
    support: "neutral", cushionLevel: 4, heelStackMm: 28, forefootStackMm: 20, rocker: "mild",
    heelCounter: "moderate", baseWidth: "wide", toeBox: "roomy", weightG: 235, removableInsole: true, closure: "slip_on", outsole: "road",
    widths: { women: W_XWIDE },
  },
  {
    slug: "restwell-recovery", name: "Restwell Recovery", brandSlug: "mossgate", range: "unisex", category: "recovery",
    description:
      "A thick, soft recovery clog with a moulded footbed and a roomy toe box. It slips on in a second and is made in widths up to men's 6E and women's 4E.",
    priceCents: 7995, featuredRank: null, colour: "Stone grey", colourHex: "#9c9a93", accentHex: "#4f6d7a",
    support: "neutral", cushionLevel: 5, heelStackMm: 36, forefootStackMm: 30, rocker: "mild",
    heelCounter: "flexible", baseWidth: "wide", toeBox: "roomy", weightG: 260, removableInsole: false, closure: "slip_on", outsole: "road",
    widths: { men: M_XWIDE, women: W_XWIDE },
  },
  {
    slug: "upland-motion", name: "Upland Motion", brandSlug: "mossgate", range: "men", category: "walking",
    description:
      "A cushioned motion-control walker with a firm heel counter and a wide, flat base for a very steady, guided feel. Made in widths up to 6E.",
    priceCents: 14495, featuredRank: null, colour: "Walnut", colourHex: "#5a4030", accentHex: "#d9a441",
    support: "motion", cushionLevel: 4, heelStackMm: 34, forefootStackMm: 24, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "standard", weightG: 375, removableInsole: true, closure: "laces", outsole: "road",
    widths: { men: M_XWIDE }, comfortPick: true,
  },
  {
    slug: "greenway-motion", name: "Greenway Motion", brandSlug: "mossgate", range: "women", category: "walking",
    description:
      "A women's motion-control walker with a cushioned midsole, a firm heel counter and a wide base for a steady feel. The removable insole leaves room for your own, in widths up to 4E.",
    priceCents: 14495, featuredRank: null, colour: "White", colourHex: "#eeeeea", accentHex: "#3d6b8c",
    support: "motion", cushionLevel: 4, heelStackMm: 32, forefootStackMm: 22, rocker: "none",
    heelCounter: "firm", baseWidth: "wide", toeBox: "standard", weightG: 310, removableInsole: true, closure: "laces", outsole: "road",
    widths: { women: W_XWIDE },
  },
];

export const SEED_PRODUCTS: SeedProduct[] = RAW_PRODUCTS.map(product);
